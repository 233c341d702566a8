namespace PowerSchool.Simulator.Hosting;

/// <summary>Lines an API adds to the start-up banner (addresses, simulator credentials).</summary>
public interface IBannerLines
{
    IEnumerable<string> Lines(WebApplication app);
}
