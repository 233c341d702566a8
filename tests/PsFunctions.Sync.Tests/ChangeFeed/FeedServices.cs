using Azure.Data.Tables;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using PowerSchool.Client.DependencyInjection;
using PowerSchool.Client.Sis;
using PsFunctions.Azure.Storage.Tables;
using PsFunctions.Sync.ChangeFeed;
using PsFunctions.Sync.Events;
using PsFunctions.Sync.Tests.Events;
using PsFunctions.Testing;
using PsFunctions.Sync.Hosting;

namespace PsFunctions.Sync.Tests.ChangeFeed;

/// <summary>
/// The change feed wired as a host wires it, against a simulator of its own (a small district), snapshot and
/// checkpoint tables of its own on Azurite, the local JSON-lines event sink and a clock the test moves.
/// </summary>
internal sealed class FeedServices : IAsyncDisposable
{
    public const int Students = 40;

    private readonly ServiceProvider _provider;

    private FeedServices(ServiceProvider provider, SimulatorHost simulator, LocalEventFile events, CrashAfterPublish crash, FakeTimeProvider clock)
    {
        _provider = provider;
        Simulator = simulator;
        Events = events;
        Crash = crash;
        Clock = clock;
    }

    public SimulatorHost Simulator { get; }

    public LocalEventFile Events { get; }

    /// <summary>Arm it to stop the next poll right after its events are published.</summary>
    public CrashAfterPublish Crash { get; }

    public FakeTimeProvider Clock { get; }

    public SisChangeFeed Feed => _provider.GetRequiredService<SisChangeFeed>();

    public ISisClient Sis => _provider.GetRequiredService<ISisClient>();

    public ISnapshotStore Snapshots => _provider.GetRequiredService<ISnapshotStore>();

    public ICheckpointStore Checkpoints => _provider.GetRequiredService<ICheckpointStore>();

    public static async Task<FeedServices> StartAsync(AzuriteFixture azurite, params KeyValuePair<string, string?>[] settings)
    {
        var simulator = await SimulatorHost.StartAsync([new("Simulator:District:Students", Students.ToString(System.Globalization.CultureInfo.InvariantCulture))]);
        var events = new LocalEventFile();
        var crash = new CrashAfterPublish(events.Sink);
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 11, 25, 6, 0, 0, TimeSpan.Zero));
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(
        [
            new("PowerSchool:Sis:BaseUrl", simulator.BaseAddress.ToString()),
            new("Secrets:powerschool-sis-client-id", simulator.ClientId),
            new("Secrets:powerschool-sis-client-secret", simulator.ClientSecret),
            new("PowerSchool:Sis:Resilience:BaseDelay", "00:00:00.010"),
            new("Sync:ChangeFeed:BatchSize", "15"),
            .. settings,
        ]).Build();
        var provider = new ServiceCollection()
            .AddLogging()
            .AddSingleton<IConfiguration>(configuration)
            .AddSingleton<TimeProvider>(clock)
            .AddSingleton<ISnapshotStore>(new TableSnapshotStore(Table(azurite, "snapshots")))
            .AddSingleton<ICheckpointStore>(new TableCheckpointStore(Table(azurite, "syncstate")))
            .AddSingleton<IEventPublisher>(crash)
            .AddPowerSchoolSis()
            .AddSyncEngine()
            .BuildServiceProvider(validateScopes: true);
        return new FeedServices(provider, simulator, events, crash, clock);
    }

    public async Task<int> SnapshotCountAsync() => await Snapshots.ListAsync().CountAsync();

    public async Task<long> CounterAsync(string endpoint) => await Simulator.GetCounterAsync(endpoint);

    public async ValueTask DisposeAsync()
    {
        await _provider.DisposeAsync();
        await Simulator.DisposeAsync();
        Events.Dispose();
    }

    private static TableClient Table(AzuriteFixture azurite, string prefix) => new(azurite.ConnectionString, AzuriteFixture.UniqueName(prefix));
}
