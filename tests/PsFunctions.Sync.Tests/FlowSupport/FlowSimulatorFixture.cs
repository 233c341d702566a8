using PsFunctions.Testing;

namespace PsFunctions.Sync.Tests.FlowSupport;

/// <summary>
/// A simulator for the flow tests: one numeric delivery target (<see cref="FlowEngine.DeliveryTargetId"/>),
/// no pre-seeded submissions, so each test creates exactly the submissions it counts on.
/// </summary>
public class FlowSimulatorFixture : IAsyncLifetime
{
    private SimulatorHost? _host;

    public SimulatorHost Host => _host ?? throw new InvalidOperationException("The fixture is used before xunit initialised it.");

    /// <summary>Settings a derived fixture adds to the flow simulator's.</summary>
    protected virtual IEnumerable<KeyValuePair<string, string?>> ExtraSettings => [];

    public async Task InitializeAsync() => _host = await SimulatorHost.StartAsync(
    [
        new("Simulator:Enrollment:DeliveryTargets:0", FlowEngine.DeliveryTargetId),
        new("Simulator:Enrollment:PendingSubmissions", "0"),
        new("Simulator:Enrollment:RosterRecords", "0"),
        new("Simulator:Enrollment:ReturningShare", "0"),
        .. ExtraSettings,
    ]);

    public async Task DisposeAsync()
    {
        if (_host is not null)
        {
            await _host.DisposeAsync();
        }
    }
}
