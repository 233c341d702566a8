using Microsoft.Extensions.Options;

namespace PowerSchool.Simulator.Enrollment;

/// <summary>Start-up banner lines: where the Enrollment API listens, its (simulator-only) key and the delivery targets.</summary>
internal sealed class EnrollmentBanner(IOptions<EnrollmentOptions> options) : Hosting.IBannerLines
{
    public IEnumerable<string> Lines(WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var root = app.Urls.FirstOrDefault()?.TrimEnd('/') ?? "http://127.0.0.1:<port>";
        yield return $"Enrollment API:      {root}/api/v1   (PowerSchool:Enrollment:BaseUrl = {root})";
        yield return $"Enrollment API key:  {options.Value.ApiKey}   (Basic user name, empty password)";
        yield return $"Delivery targets:    {string.Join(", ", options.Value.EffectiveDeliveryTargets)}";
        yield return $"Enrollment admin:    {root}/_sim/enrollment/submissions";
    }
}
