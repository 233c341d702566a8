using Azure.Data.Tables;
using Azure.Storage.Blobs;
using Azure.Storage.Queues;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using PowerSchool.Client.DependencyInjection;
using PsFunctions.Azure.Storage;
using PsFunctions.Azure.Storage.Blobs;
using PsFunctions.Azure.Storage.Queues;
using PsFunctions.Azure.Storage.Tables;
using PsFunctions.Sync.ChangeFeed;
using PsFunctions.Sync.Documents;
using PsFunctions.Sync.Enrollment;
using PsFunctions.Sync.Events;
using PsFunctions.Sync.Messaging;
using PsFunctions.Sync.Students;
using PsFunctions.Sync.Webhooks;
using PsFunctions.Testing;

namespace PsFunctions.Bench.Harness;

/// <summary>
/// The sync engine wired the way a host wires it: the PowerSchool clients, the engine's handlers and the Azure
/// Storage adapters over Azurite. Events go to <see cref="CountingEventPublisher"/> (no Service Bus locally).
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
            ["Secrets:powerschool-sis-client-id"] = simulator.ClientId,
            ["Secrets:powerschool-sis-client-secret"] = simulator.ClientSecret,
            ["Secrets:powerschool-enrollment-api-key"] = simulator.EnrollmentApiKey,
            [$"Secrets:webhook-{WebhookSource}-secret"] = WebhookSecret,
            ["PsStorage"] = storageConnectionString,
            ["Sync:DocumentItems:0"] = "data.documents.birthCertificate",
            ["Sync:DocumentItems:1"] = "data.documents.proofOfResidence",
        };
    }

    public static ServiceProvider Build(IReadOnlyDictionary<string, string?> settings, CountingEventPublisher events, TimeProvider? time = null)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var connection = configuration["PsStorage"] ?? throw new InvalidOperationException("PsStorage (the storage connection string) is not set.");
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddLogging();
        services.AddSingleton(time ?? TimeProvider.System);
        services.AddSingleton<IEventPublisher>(events);
        services.AddSingleton<IWorkQueue>(new StorageWorkQueue(new QueueServiceClient(connection, QueueOptions())));
        services.AddSingleton<IBatchArchive>(new BlobBatchArchive(new BlobContainerClient(connection, StorageNames.EnrollmentBatchesContainer)));
        services.AddSingleton<IDocumentStore>(new BlobDocumentStore(new BlobContainerClient(connection, StorageNames.StudentDocumentsContainer)));
        services.AddSingleton<IBatchLedger>(new TableBatchLedger(new TableClient(connection, StorageNames.BatchLedgerTable)));
        services.AddSingleton<IUpsertLedger>(new TableUpsertLedger(new TableClient(connection, StorageNames.UpsertLedgerTable)));
        services.AddSingleton<IRejectionStore>(new TableRejectionStore(new TableClient(connection, StorageNames.RejectionsTable)));
        services.AddSingleton<ISnapshotStore>(new TableSnapshotStore(new TableClient(connection, StorageNames.SnapshotsTable)));
        services.AddSingleton<ICheckpointStore>(new TableCheckpointStore(new TableClient(connection, StorageNames.SyncStateTable)));
        services.AddSingleton<IDeliveryIdStore>(new TableDeliveryIdStore(new TableClient(connection, StorageNames.WebhookDeliveriesTable)));
        services.AddPowerSchoolSis();
        services.AddPowerSchoolEnrollment();
        services.AddEnrollmentIntake();
        services.AddStudentUpserts();
        services.AddSisChangeFeed();
        services.AddDocumentMirror();
        services.AddWebhookReceiver();
        return services.BuildServiceProvider();
    }

    /// <summary>A client of one of our queues, base64 like the Functions queue trigger (and <see cref="StorageWorkQueue"/>).</summary>
    public static QueueClient Queue(string connectionString, string queueName) => new(connectionString, queueName, QueueOptions());

    private static QueueClientOptions QueueOptions() => new() { MessageEncoding = QueueMessageEncoding.Base64 };
}
