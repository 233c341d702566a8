using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Options;
using PowerSchool.Simulator.Hosting;

namespace PowerSchool.Simulator.Sis.Oauth;

/// <summary>Start-up banner lines of the SIS side: where it listens and the simulator-only credentials it accepts.</summary>
public sealed class SisBanner(IOptions<SisOptions> options) : IBannerLines
{
    public IEnumerable<string> Lines(WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var addresses = app.Services.GetService<IServer>()?.Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
        yield return $"PowerSchool simulator listening on {string.Join(", ", addresses)}";
        yield return $"SIS client id:     {options.Value.ClientId}";
        yield return $"SIS client secret: {options.Value.ClientSecret}";
        yield return "Admin API: /_sim/faults, /_sim/counters, /_sim/reset, /_sim/sis/students (see docs/simulator.md)";
    }
}
