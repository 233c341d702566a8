using System.Globalization;
using PowerSchool.Simulator.Enrollment;
using PowerSchool.Simulator.Hosting;
using PsFunctions.DevStorage;
using PsFunctions.Local.Cli;
using PsFunctions.Sync.Hashing;

namespace PsFunctions.Local.Environment;

/// <summary>
/// What the local runner runs against: storage (a given connection, an Azurite already listening on its
/// default ports, or one this runner starts) and PowerSchool (the in-process simulator with a freshly
/// generated district, or a real PowerSchool named on the command line). <see cref="Settings"/> holds the
/// configuration the product reads, in the same keys the Function App reads.
/// </summary>
internal sealed class LocalEnvironment : IAsyncDisposable
{
    // Simulator-only credentials: the in-process simulator accepts exactly these.
    private const string SimulatorClientId = "local-sis-client";
    private const string SimulatorClientSecret = "local-sis-secret";
    private const string SimulatorApiKey = "local-enrollment-key";

    // The hash key of simulator runs only (their storage is temporary): against a real PowerSchool the key comes from
    // Secrets:psfunctions-hash-key, like the credentials, so hashes of real students are never made under a published key.
    private const string SimulatorHashKey = "iRBbDDp7+anzh6IVtQT22RagrrLhPLvLezl/vX3OMH0=";

    private readonly AzuriteProcess? _azurite;
    private readonly WebApplication? _simulator;

    private LocalEnvironment(AzuriteProcess? azurite, WebApplication? simulator, IReadOnlyDictionary<string, string?> settings, IReadOnlyList<string> description)
    {
        _azurite = azurite;
        _simulator = simulator;
        Settings = settings;
        Description = description;
    }

    /// <summary>Configuration for the product (storage, PowerSchool URLs, simulator secrets, delivery targets).</summary>
    public IReadOnlyDictionary<string, string?> Settings { get; }

    /// <summary>Where things run, for the console (no secrets).</summary>
    public IReadOnlyList<string> Description { get; }

    public static async Task<LocalEnvironment> StartAsync(LocalArguments arguments, string workFolder, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        var settings = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);
        var description = new List<string>();
        AzuriteProcess? azurite = null;
        WebApplication? simulator = null;
        try
        {
            (settings["PsStorage"], azurite) = await StorageAsync(arguments, workFolder, description, cancellationToken);
            if (arguments.UsesSimulator)
            {
                simulator = await StartSimulatorAsync(arguments, settings, description, cancellationToken);
            }
            else
            {
                settings["PowerSchool:Sis:BaseUrl"] = arguments.SisUrl!.ToString();
                settings["PowerSchool:Enrollment:BaseUrl"] = (arguments.EnrollmentUrl ?? arguments.SisUrl).ToString();
                description.Add($"PowerSchool: {arguments.SisUrl} (credentials and the hash key from Secrets:* settings)");
            }

            return new LocalEnvironment(azurite, simulator, settings, description);
        }
        catch
        {
            await DisposeAsync(simulator, azurite);
            throw;
        }
    }

    public ValueTask DisposeAsync() => DisposeAsync(_simulator, _azurite);

    private static async Task<(string Connection, AzuriteProcess? Started)> StorageAsync(
        LocalArguments arguments, string workFolder, List<string> description, CancellationToken cancellationToken)
    {
        if (!string.IsNullOrWhiteSpace(arguments.Storage))
        {
            description.Add("Storage: the account given with --storage");
            return (arguments.Storage, null);
        }

        // Against the simulator every run starts from a freshly generated district, so storage starts fresh
        // too (a temporary Azurite); against a real PowerSchool, state must survive runs.
        if (!arguments.UsesSimulator)
        {
            var defaults = AzuriteEndpoints.Parse("UseDevelopmentStorage=true");
            if (await AzuriteProcess.IsListeningAsync(defaults.Queue, cancellationToken))
            {
                description.Add("Storage: the Azurite already listening on 127.0.0.1:10000-10002");
                return ("UseDevelopmentStorage=true", null);
            }
        }

        var launcher = AzuriteProcess.FindLauncher(AppContext.BaseDirectory);
        var dataFolder = arguments.UsesSimulator ? null : Path.Combine(workFolder, "azurite");
        var azurite = await AzuriteProcess.StartAsync(launcher, dataFolder, cancellationToken: cancellationToken);
        description.Add($"Storage: Azurite started by this runner, blob endpoint {azurite.Endpoints.Blob}" +
            (dataFolder is null ? " (temporary data)" : $" (data in {dataFolder})"));
        return (azurite.Endpoints.ConnectionString, azurite);
    }

    private static async Task<WebApplication> StartSimulatorAsync(
        LocalArguments arguments, Dictionary<string, string?> settings, List<string> description, CancellationToken cancellationToken)
    {
        var simulatorSettings = new Dictionary<string, string?>
        {
            ["Simulator:Sis:ClientId"] = SimulatorClientId,
            ["Simulator:Sis:ClientSecret"] = SimulatorClientSecret,
            ["Simulator:Enrollment:ApiKey"] = SimulatorApiKey,
            ["Simulator:District:Students"] = arguments.Students.ToString(CultureInfo.InvariantCulture),
            ["Simulator:Enrollment:PendingSubmissions"] = arguments.Submissions.ToString(CultureInfo.InvariantCulture),
            ["Logging:LogLevel:Default"] = "Warning",
        };
        var simulator = SimulatorApp.Build(["--urls", "http://127.0.0.1:0"], simulatorSettings);
        await simulator.StartAsync(cancellationToken);
        var address = new Uri(simulator.Urls.First().TrimEnd('/') + "/");
        settings["PowerSchool:Sis:BaseUrl"] = address.ToString();
        settings["PowerSchool:Enrollment:BaseUrl"] = address.ToString();
        // The simulator serves its documents on loopback, which document downloads refuse unless allowed.
        settings["PowerSchool:Enrollment:Documents:AllowPrivateAddresses"] = "true";
        settings["Secrets:powerschool-sis-client-id"] = SimulatorClientId;
        settings["Secrets:powerschool-sis-client-secret"] = SimulatorClientSecret;
        settings["Secrets:powerschool-enrollment-api-key"] = SimulatorApiKey;
        settings[$"Secrets:{IdentityHashKey.SecretName}"] = SimulatorHashKey;
        settings["Sync:DeliveryTargets"] = EnrollmentOptions.DefaultDeliveryTargetId;
        // The simulator's submissions carry document object ids in these data items (docs/simulator-enrollment.md).
        settings["Sync:DocumentItems:0"] = "data.documents.birthCertificate";
        settings["Sync:DocumentItems:1"] = "data.documents.proofOfResidence";
        description.Add($"PowerSchool: simulator at {address} ({arguments.Students} students, {arguments.Submissions} pending submissions)");
        return simulator;
    }

    private static async ValueTask DisposeAsync(WebApplication? simulator, AzuriteProcess? azurite)
    {
        if (simulator is not null)
        {
            await simulator.StopAsync(CancellationToken.None);
            await simulator.DisposeAsync();
        }

        if (azurite is not null)
        {
            await azurite.DisposeAsync();
        }
    }
}
