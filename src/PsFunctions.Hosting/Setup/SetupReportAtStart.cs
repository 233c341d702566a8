using Microsoft.Extensions.Hosting;

namespace PsFunctions.Hosting.Setup;

/// <summary>Checks the setup once when the host starts, so its report (what is missing, by name) is the first thing in the log.</summary>
internal sealed class SetupReportAtStart(SetupCheck setup) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken) => await setup.CheckAsync(cancellationToken);

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
