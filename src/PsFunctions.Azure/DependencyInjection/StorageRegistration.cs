using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using PsFunctions.Azure.Storage.Blobs;
using PsFunctions.Azure.Storage.Queues;
using PsFunctions.Azure.Storage.Tables;
using PsFunctions.Azure.Storage;
using PsFunctions.Sync.Batches;
using PsFunctions.Sync.ChangeFeed;
using PsFunctions.Sync.Documents;
using PsFunctions.Sync.Enrollment;
using PsFunctions.Sync.Messaging;
using PsFunctions.Sync.Outcomes;
using PsFunctions.Sync.Students;
using PsFunctions.Sync.Webhooks;

namespace PsFunctions.Azure.DependencyInjection;

/// <summary>The Azure Storage adapters of the sync engine's ports.</summary>
internal static class StorageRegistration
{
    /// <summary>
    /// Registers the queue, blob and table adapters on the <c>PsStorage</c> connection (validated at start):
    /// <see cref="IWorkQueue"/>, <see cref="IQueueMonitor"/>, <see cref="IBatchArchive"/>, <see cref="IDocumentStore"/>,
    /// <see cref="IIntakeLock"/>, <see cref="IBatchLedger"/>, <see cref="IUpsertLedger"/>, <see cref="IStudentClaims"/>, <see cref="IRejectionStore"/>, <see cref="ISnapshotStore"/>,
    /// <see cref="ICheckpointStore"/>, <see cref="IDeliveryIdStore"/>. Ports already registered are kept.
    /// </summary>
    public static void Add(IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<StorageConnectionOptions>()
            .Configure(options => StorageConnectionOptions.Bind(configuration, options))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.TryAddSingleton(sp =>
            StorageClients.Create(sp.GetRequiredService<IOptions<StorageConnectionOptions>>().Value, configuration));

        // Keyed by the connection name, for a host that reads the queues itself (the local runner's queue loop).
        services.TryAddKeyedSingleton(StorageConnectionOptions.ConnectionName, (sp, _) => Clients(sp).Queues);
        services.TryAddSingleton<IWorkQueue>(sp => new StorageWorkQueue(Clients(sp).Queues));
        services.TryAddSingleton<IQueueMonitor>(sp => new StorageQueueMonitor(Clients(sp).Queues));
        services.TryAddSingleton<IBatchArchive>(sp =>
            new BlobBatchArchive(Clients(sp).Blobs.GetBlobContainerClient(StorageNames.EnrollmentBatchesContainer)));
        services.TryAddSingleton<IDocumentStore>(sp => new BlobDocumentStore(
            Clients(sp).Blobs.GetBlobContainerClient(StorageNames.StudentDocumentsContainer),
            sp.GetService<ILogger<BlobDocumentStore>>()));
        services.TryAddSingleton<IIntakeLock>(sp => new BlobLeaseIntakeLock(
            Clients(sp).Blobs.GetBlobContainerClient(StorageNames.EnrollmentBatchesContainer),
            sp.GetService<TimeProvider>() ?? TimeProvider.System));
        services.TryAddSingleton<IBatchLedger>(sp => new TableBatchLedger(Table(sp, StorageNames.BatchLedgerTable)));
        services.TryAddSingleton<IUpsertLedger>(sp => new TableUpsertLedger(Table(sp, StorageNames.UpsertLedgerTable)));
        services.TryAddSingleton<IStudentClaims>(sp => new TableStudentClaims(Table(sp, StorageNames.StudentClaimsTable)));
        services.TryAddSingleton<IRejectionStore>(sp => new TableRejectionStore(Table(sp, StorageNames.RejectionsTable)));
        services.TryAddSingleton<ISnapshotStore>(sp => new TableSnapshotStore(Table(sp, StorageNames.SnapshotsTable)));
        services.TryAddSingleton<ICheckpointStore>(sp => new TableCheckpointStore(Table(sp, StorageNames.SyncStateTable)));
        services.TryAddSingleton<IDeliveryIdStore>(sp => new TableDeliveryIdStore(Table(sp, StorageNames.WebhookDeliveriesTable)));
    }

    private static StorageClients Clients(IServiceProvider services) => services.GetRequiredService<StorageClients>();

    private static global::Azure.Data.Tables.TableClient Table(IServiceProvider services, string name) =>
        Clients(services).Tables.GetTableClient(name);
}
