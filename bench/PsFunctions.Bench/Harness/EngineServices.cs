using Azure.Storage.Queues;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using PowerSchool.Client.DependencyInjection;
using PsFunctions.Azure.DependencyInjection;
using PsFunctions.Sync.Events;
using PsFunctions.Sync.Hashing;
using PsFunctions.Testing;
using PsFunctions.Sync.Hosting;

namespace PsFunctions.Bench.Harness;

/// <summary>
/// The sync engine wired the way a host wires it: the PowerSchool clients, the engine's handlers and the Azure
/// Storage adapters over Azurite (<c>AddAzureAdapters</c>, which also registers the queue loop, <c>StorageQueueProcessor</c>).
/// Events go to <see cref="CountingEventPublisher"/> (no Service Bus locally).
/// </summary>
internal static class EngineServices
{
    public const string WebhookSource = "bench";
    public const string WebhookSecret = "bench-webhook-signing-secret-not-a-real-one";

    /// <summary>The configuration keys the engine reads, for a simulator and an Azurite connection string.</summary>
    public static Dictionary<string, string?> Settings(SimulatorHost simulator, string storageConnectionString)
    {
        ArgumentNullException.ThrowIfNull(simulator);
        var root = simulator.BaseAddress.ToString().TrimEnd('/');
        return new(StringComparer.OrdinalIgnoreCase)
        {
            ["PowerSchool:Sis:BaseUrl"] = root,
            ["PowerSchool:Enrollment:BaseUrl"] = root,
            ["PowerSchool:Enrollment:Documents:AllowPrivateAddresses"] = "true",
            ["Secrets:powerschool-sis-client-id"] = simulator.ClientId,
            ["Secrets:powerschool-sis-client-secret"] = simulator.ClientSecret,
            ["Secrets:powerschool-enrollment-api-key"] = simulator.EnrollmentApiKey,
            [$"Secrets:webhook-{WebhookSource}-secret"] = WebhookSecret,
            [$"Secrets:{IdentityHashKey.SecretName}"] = TestHashKey.Value,
            [$"Webhooks:Sources:{WebhookSource}:Commands"] = "enrollment.poll,student.update",
            [$"Webhooks:Sources:{WebhookSource}:StudentFields"] = "name.first_name,name.middle_name,name.last_name",
            ["PsStorage"] = storageConnectionString,
            ["Sync:DeliveryTargets"] = BenchEnvironment.DeliveryTargetId,
            ["Sync:DocumentItems:0"] = "data.documents.birthCertificate",
            ["Sync:DocumentItems:1"] = "data.documents.proofOfResidence",
            // The queue loop of the benches: a failed message comes back after 1 s, and each receiver holds one
            // message at a time, so --workers is the number of messages in flight; an idle receiver looks again soon.
            ["Sync:Queues:RetryDelay"] = "00:00:01",
            ["Sync:Queues:BatchSize"] = "1",
            ["QueueProcessor:IdlePollInterval"] = "00:00:00.200",
        };
    }

    public static ServiceProvider Build(IReadOnlyDictionary<string, string?> settings, CountingEventPublisher events, TimeProvider? time = null)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddLogging();
        services.AddSingleton(time ?? TimeProvider.System);
        services.AddSingleton<IEventPublisher>(events);
        services.AddAzureAdapters(configuration);
        services.AddPowerSchoolSis();
        services.AddPowerSchoolEnrollment();
        services.AddSyncEngine();
        return services.BuildServiceProvider();
    }

    /// <summary>A client of one of our queues, base64 like the Functions queue trigger (and the <c>StorageWorkQueue</c> adapter).</summary>
    public static QueueClient Queue(string connectionString, string queueName) => new(connectionString, queueName, QueueOptions());

    private static QueueClientOptions QueueOptions() => new() { MessageEncoding = QueueMessageEncoding.Base64 };
}
