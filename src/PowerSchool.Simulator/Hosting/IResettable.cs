namespace PowerSchool.Simulator.Hosting;

/// <summary>State that `POST /_sim/reset` returns to its generated start.</summary>
public interface IResettable
{
    void Reset();
}
