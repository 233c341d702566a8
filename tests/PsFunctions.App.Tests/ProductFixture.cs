using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using PowerSchool.Simulator.Enrollment;
using PsFunctions.App;
using PsFunctions.Sync.Hashing;
using PsFunctions.Testing;

namespace PsFunctions.App.Tests;

/// <summary>
/// The product wired exactly as the Function App's Program.cs wires it (AddFunctionApp), against the
/// simulator over loopback HTTP and the shared Azurite; events go over AMQP to an in-process Service Bus peer.
/// </summary>
public sealed class ProductFixture : IAsyncLifetime, IDisposable
{
    public const string WebhookSource = "crm";
    public const string WebhookSecret = "app-tests-webhook-secret";
    public const string LimitedSource = "limited";
    public const int LimitedSourcePermits = 2;

    private readonly AzuriteFixture _azurite = new();
    private readonly AmqpPeer _serviceBus = new();
    private SimulatorHost? _simulator;
    private ServiceProvider? _services;

    public SimulatorHost Simulator => _simulator ?? throw new InvalidOperationException("Not initialised.");

    public IServiceProvider Services => _services ?? throw new InvalidOperationException("Not initialised.");

    public string StorageConnection => _azurite.ConnectionString;

    public static string DeliveryTargetId => EnrollmentOptions.DefaultDeliveryTargetId;

    public async Task InitializeAsync()
    {
        await _azurite.InitializeAsync();
        _simulator = await SimulatorHost.StartAsync();
        var settings = new Dictionary<string, string?>
        {
            ["PsStorage"] = _azurite.ConnectionString,
            ["PowerSchool:Sis:BaseUrl"] = Simulator.BaseAddress.ToString(),
            ["PowerSchool:Enrollment:BaseUrl"] = Simulator.BaseAddress.ToString(),
            ["PowerSchool:Enrollment:Documents:AllowPrivateAddresses"] = "true",
            ["Secrets:powerschool-sis-client-id"] = Simulator.ClientId,
            ["Secrets:powerschool-sis-client-secret"] = Simulator.ClientSecret,
            ["Secrets:powerschool-enrollment-api-key"] = Simulator.EnrollmentApiKey,
            [$"Secrets:webhook-{WebhookSource}-secret"] = WebhookSecret,
            [$"Secrets:{IdentityHashKey.SecretName}"] = TestHashKey.Value,
            [$"Webhooks:Sources:{WebhookSource}:Commands"] = "enrollment.poll",
            // A source with a tiny limit and no secret: its requests pass the limiter (404) until the limit, then get 429.
            [$"Webhooks:Sources:{LimitedSource}:Commands"] = "enrollment.poll",
            [$"Webhooks:Sources:{LimitedSource}:PermitLimit"] = LimitedSourcePermits.ToString(System.Globalization.CultureInfo.InvariantCulture),
            [$"Webhooks:Sources:{LimitedSource}:Window"] = "01:00:00",
            ["Sync:DeliveryTargets"] = DeliveryTargetId,
            ["Sync:DocumentItems:0"] = "data.documents.birthCertificate",
            ["Sync:DocumentItems:1"] = "data.documents.proofOfResidence",
            ["ServiceBus:ConnectionString"] = _serviceBus.ConnectionString,
        };
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddLogging();
        services.AddFunctionApp(configuration);
        _services = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
    }

    public async Task DisposeAsync()
    {
        if (_services is not null)
        {
            await _services.DisposeAsync();
        }

        if (_simulator is not null)
        {
            await _simulator.DisposeAsync();
        }

        Dispose();
    }

    public void Dispose() => _serviceBus.Dispose();

    /// <summary>A function class built the way the worker builds it: constructor arguments from the container.</summary>
    public T Function<T>() => ActivatorUtilities.CreateInstance<T>(Services);
}
