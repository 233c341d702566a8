using Xunit;

namespace PsFunctions.Testing;

/// <summary>
/// xunit fixture that gives a test class one running simulator (default settings, 300 students).
/// Tests that change state call <see cref="SimulatorHost.ResetAsync"/> first or start their own
/// <see cref="SimulatorHost"/> with the settings they need.
/// </summary>
public sealed class SimulatorFixture : IAsyncLifetime
{
    private SimulatorHost? _host;

    public SimulatorHost Host => _host ?? throw new InvalidOperationException("SimulatorFixture is used before xunit initialised it.");

    public async Task InitializeAsync() => _host = await SimulatorHost.StartAsync().ConfigureAwait(false);

    public async Task DisposeAsync()
    {
        if (_host is not null)
        {
            await _host.DisposeAsync().ConfigureAwait(false);
        }
    }
}
