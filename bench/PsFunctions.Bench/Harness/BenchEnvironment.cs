using System.Globalization;
using PsFunctions.DevStorage;
using PsFunctions.Testing;

namespace PsFunctions.Bench.Harness;

/// <summary>
/// What every program runs against: Azurite as a child process (its data in a temporary folder, deleted at the
/// end) and the PowerSchool simulator in this process on a free loopback port, with the configured latency.
/// </summary>
internal sealed class BenchEnvironment : IAsyncDisposable
{
    /// <summary>The one delivery target the benches use. Numeric, because the engine and client take numeric target ids.</summary>
    public const string DeliveryTargetId = "1001";

    private BenchEnvironment(AzuriteProcess azurite, SimulatorHost simulator)
    {
        Azurite = azurite;
        Simulator = simulator;
        Admin = new SimulatorAdmin(simulator);
    }

    public AzuriteProcess Azurite { get; }

    public SimulatorHost Simulator { get; }

    public SimulatorAdmin Admin { get; }

    public string StorageConnectionString => Azurite.Endpoints.ConnectionString;

    /// <summary>Starts Azurite and a simulator with <paramref name="students"/> SIS students and no faults yet.</summary>
    public static async Task<BenchEnvironment> StartAsync(int students, IEnumerable<KeyValuePair<string, string?>>? extraSettings = null, CancellationToken cancellationToken = default)
    {
        var azurite = await StartAzuriteAsync(cancellationToken);
        try
        {
            var settings = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase)
            {
                ["Simulator:District:Students"] = students.ToString(CultureInfo.InvariantCulture),
                ["Simulator:Enrollment:DeliveryTargets:0"] = DeliveryTargetId,
                ["Simulator:Enrollment:PendingSubmissions"] = "0",
                ["Simulator:Enrollment:RosterRecords"] = "0",
                ["Logging:LogLevel:Default"] = "Error",
            };
            foreach (var (key, value) in extraSettings ?? [])
            {
                settings[key] = value;
            }

            var simulator = await SimulatorHost.StartAsync(settings, cancellationToken: cancellationToken);
            return new BenchEnvironment(azurite, simulator);
        }
        catch
        {
            await azurite.DisposeAsync();
            throw;
        }
    }

    // On a loaded machine Azurite can miss the launcher's 60 s start timeout; a fresh attempt usually makes it.
    private static async Task<AzuriteProcess> StartAzuriteAsync(CancellationToken cancellationToken)
    {
        var launcher = AzuriteProcess.FindLauncher(AppContext.BaseDirectory);
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await AzuriteProcess.StartAsync(launcher, cancellationToken: cancellationToken);
            }
            catch (TimeoutException) when (attempt < 3)
            {
                Console.WriteLine($"Azurite did not start in time (attempt {attempt} of 3); starting it again");
            }
        }
    }

    /// <summary>The engine's settings for this environment (configuration keys of the configuration contract).</summary>
    public Dictionary<string, string?> EngineSettings() => EngineServices.Settings(Simulator, StorageConnectionString);

    /// <summary>Sets the latency (fixed + jitter) of every PowerSchool request and clears every other fault.</summary>
    public Task SetLatencyAsync(int latencyMs, int jitterMs, CancellationToken cancellationToken = default) =>
        SetLatencyAsync(latencyMs, jitterMs, 0, cancellationToken);

    /// <summary>
    /// Sets the latency (fixed + jitter) of every PowerSchool request and PowerSchool's per-plugin minimum interval
    /// (<paramref name="minRequestIntervalMs"/>, 0: none), and clears every other fault.
    /// </summary>
    public Task SetLatencyAsync(int latencyMs, int jitterMs, int minRequestIntervalMs, CancellationToken cancellationToken = default) =>
        Simulator.SetFaultsAsync(new { latencyMs, latencyJitterMs = jitterMs, minRequestIntervalMs }, cancellationToken);

    public async ValueTask DisposeAsync()
    {
        await Simulator.DisposeAsync();
        await Azurite.DisposeAsync();
    }
}
