using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using PowerSchool.Simulator.Enrollment;
using PsFunctions.Hosting;
using PsFunctions.Sync.Hashing;
using PsFunctions.Testing;

namespace PsFunctions.App.Host.Tests;

/// <summary>
/// One Functions host for the whole test run, over the app published once, with its own Azurite, the simulator over
/// loopback and an AMQP peer as its Service Bus. The app settings are the ones a district sets (environment variables,
/// as on Azure); the timers' schedules never fire during a run, so only the admin API runs them. <see cref="Storage"/>
/// reads what the app wrote, through the product's own adapters.
/// </summary>
public sealed class HostFixture : IAsyncLifetime, IDisposable
{
    public const string WebhookSource = "crm";
    public const string WebhookSecret = "host-tests-webhook-secret";

    private readonly AzuriteFixture _azurite = new();
    private readonly AmqpPeer _serviceBus = new();
    private SimulatorHost? _simulator;
    private FunctionsHostProcess? _host;
    private ServiceProvider? _storage;
    private Lazy<Task<CleanDistrictRun>>? _cleanRun;
    private Lazy<Task<FailingMessageRun>>? _failingRun;

    public static string DeliveryTargetId => EnrollmentOptions.DefaultDeliveryTargetId;

    public SimulatorHost Simulator => _simulator ?? throw NotStarted();

    internal FunctionsHostProcess Host => _host ?? throw NotStarted();

    internal static FunctionsHostLauncher Launcher => FunctionsHostLauncher.Find ?? throw new InvalidOperationException(FunctionsHostLauncher.NotFoundMessage);

    /// <summary>The published app the host runs (its content root).</summary>
    public string AppFolder { get; private set; } = string.Empty;

    /// <summary>Every file in <see cref="AppFolder"/> when the host started.</summary>
    public IReadOnlyList<string> AppFilesAtStart { get; private set; } = [];

    public string StorageConnection => _azurite.ConnectionString;

    /// <summary>The product's storage adapters on the host's storage account, for reading what the app did.</summary>
    public IServiceProvider Storage => _storage ?? throw NotStarted();

    /// <summary>A client on the host's address.</summary>
    public HttpClient CreateClient() => new() { BaseAddress = Host.Address, Timeout = TimeSpan.FromSeconds(60) };

    /// <summary>The clean district's run through the host, done once for every test that reads it.</summary>
    internal Task<CleanDistrictRun> CleanRunAsync() => _cleanRun!.Value;

    /// <summary>A message that always fails, through the host's retries and poison handling; starts after the clean run.</summary>
    internal Task<FailingMessageRun> FailingRunAsync() => _failingRun!.Value;

    public async Task InitializeAsync()
    {
        if (FunctionsHostLauncher.Find is null)
        {
            return; // every test is skipped with the message naming both hosts
        }

        await _azurite.InitializeAsync();
        _simulator = await SimulatorHost.StartAsync();
        var settings = AppSettings();
        // The same settings as configuration keys ('Section__Key' is 'Section:Key').
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(settings.Select(setting => KeyValuePair.Create(setting.Key.Replace("__", ":", StringComparison.Ordinal), (string?)setting.Value)))
            .Build();
        _storage = new ServiceCollection().AddLogging().AddSingleton<IConfiguration>(configuration).AddPsFunctions(configuration).BuildServiceProvider();
        AppFolder = await PublishedApp.GetFolderAsync();
        AppFilesAtStart = ListFiles(AppFolder);
        _host = await FunctionsHostProcess.StartAsync(Launcher, AppFolder, settings);
        _cleanRun = new(() => CleanDistrictRun.RunAsync(this));
        _failingRun = new(async () =>
        {
            await CleanRunAsync();
            return await FailingMessageRun.RunAsync(this);
        });
    }

    public async Task DisposeAsync()
    {
        if (_host is not null)
        {
            await _host.DisposeAsync();
        }

        if (_storage is not null)
        {
            await _storage.DisposeAsync();
        }

        if (_simulator is not null)
        {
            await _simulator.DisposeAsync();
        }

        Dispose();
    }

    public void Dispose() => _serviceBus.Dispose();

    /// <summary>Every file under <paramref name="folder"/>, relative, sorted.</summary>
    public static IReadOnlyList<string> ListFiles(string folder) =>
        [.. Directory.EnumerateFileSystemEntries(folder, "*", SearchOption.AllDirectories).Select(path => Path.GetRelativePath(folder, path)).Order(StringComparer.Ordinal)];

    private Dictionary<string, string> AppSettings() => new(StringComparer.Ordinal)
    {
        ["AzureWebJobsStorage"] = StorageConnection,
        ["PsStorage"] = StorageConnection,
        ["PowerSchool__Sis__BaseUrl"] = Simulator.BaseAddress.ToString(),
        ["PowerSchool__Enrollment__BaseUrl"] = Simulator.BaseAddress.ToString(),
        ["Secrets__powerschool-sis-client-id"] = Simulator.ClientId,
        ["Secrets__powerschool-sis-client-secret"] = Simulator.ClientSecret,
        ["Secrets__powerschool-enrollment-api-key"] = Simulator.EnrollmentApiKey,
        [$"Secrets__webhook-{WebhookSource}-secret"] = WebhookSecret,
        [$"Secrets__{IdentityHashKey.SecretName}"] = TestHashKey.Value,
        [$"Webhooks__Sources__{WebhookSource}__Commands"] = "enrollment.poll",
        // The simulator serves the documents on loopback, which the download rules refuse unless allowed.
        ["PowerSchool__Enrollment__Documents__AllowPrivateAddresses"] = "true",
        ["ServiceBus__ConnectionString"] = _serviceBus.ConnectionString,
        ["Sync__DeliveryTargets"] = DeliveryTargetId,
        ["Sync__DocumentItems__0"] = "data.documents.birthCertificate",
        ["Sync__DocumentItems__1"] = "data.documents.proofOfResidence",
        // 1 January at midnight: the timers never fire on their own during a run; the admin API runs them.
        ["ENROLLMENT_POLL_SCHEDULE"] = "0 0 0 1 1 *",
        ["SIS_CHANGES_POLL_SCHEDULE"] = "0 0 0 1 1 *",
        // host.json's 30 s visibility timeout, shortened for this run only, so five deliveries of a failing message
        // take seconds; maxDequeueCount stays host.json's (the product's) value.
        ["AzureFunctionsJobHost__extensions__queues__visibilityTimeout"] = "00:00:01",
    };

    private static InvalidOperationException NotStarted() => new("The host fixture is not started.");
}
