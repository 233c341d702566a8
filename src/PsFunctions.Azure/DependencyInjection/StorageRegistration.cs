using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using PsFunctions.Azure.Storage.Blobs;
using PsFunctions.Azure.Storage.Queues;
using PsFunctions.Azure.Storage.Tables;
using PsFunctions.Azure.Storage;
using PsFunctions.Sync.Audit;
using PsFunctions.Sync.Batches;
using PsFunctions.Sync.ChangeFeed;
using PsFunctions.Sync.Checkpoints;
using PsFunctions.Sync.Documents;
using PsFunctions.Sync.Enrollment;
using PsFunctions.Sync.Messaging;
using PsFunctions.Sync.Operators;
using PsFunctions.Sync.Outcomes;
using PsFunctions.Sync.Students;
using PsFunctions.Sync.Webhooks;

namespace PsFunctions.Azure.DependencyInjection;

/// <summary>The Azure Storage adapters of the sync engine's ports.</summary>
internal static class StorageRegistration
{
    /// <summary>
    /// Registers the queue, blob and table adapters on the <c>PsStorage</c> connection (validated at start), every
    /// name with the connection's <c>NamePrefix</c> in front: <see cref="StorageQueues"/>, <see cref="IWorkQueue"/>,
    /// <see cref="IQueueMonitor"/>, <see cref="IPoisonQueues"/>, <see cref="IBatchArchive"/>, <see cref="IDocumentStore"/>, <see cref="IIntakeLock"/>,
    /// <see cref="IBatchLedger"/>, <see cref="IUpsertLedger"/>, <see cref="IStudentClaims"/>, <see cref="IRejectionStore"/>, <see cref="IAttentionStore"/>, <see cref="IDeadLetterStore"/>,
    /// <see cref="ISnapshotStore"/>, <see cref="ICheckpointStore"/>, <see cref="IDeliveryIdStore"/>, <see cref="IAuditStore"/>; and <see cref="StorageQueueProcessor"/>, the queue loop of
    /// the hosts that have no queue trigger (options <c>QueueProcessor</c>); and <see cref="StorageProvisioning"/>, which creates them all at start-up. Ports already registered are kept.
    /// </summary>
    public static void Add(IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<StorageConnectionOptions>()
            .Configure(options => StorageConnectionOptions.Bind(configuration, options))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.TryAddSingleton(sp =>
            StorageClients.Create(sp.GetRequiredService<IOptions<StorageConnectionOptions>>().Value, configuration));

        services.TryAddSingleton(sp => Clients(sp).WorkQueues);
        services.TryAddSingleton<IWorkQueue, StorageWorkQueue>();
        services.TryAddSingleton<IQueueMonitor, StorageQueueMonitor>();
        services.TryAddSingleton<IPoisonQueues, StoragePoisonQueues>();
        services.TryAddSingleton<IBatchArchive>(sp => new BlobBatchArchive(Clients(sp).Container(StorageNames.EnrollmentBatchesContainer)));
        services.TryAddSingleton<IDocumentStore>(sp => new BlobDocumentStore(
            Clients(sp).Container(StorageNames.StudentDocumentsContainer), sp.GetService<ILogger<BlobDocumentStore>>()));
        services.TryAddSingleton<IIntakeLock>(sp => new BlobLeaseIntakeLock(
            Clients(sp).Container(StorageNames.EnrollmentBatchesContainer), sp.GetService<TimeProvider>() ?? TimeProvider.System));
        services.TryAddSingleton<IBatchLedger>(sp => new TableBatchLedger(Clients(sp).Table(StorageNames.BatchLedgerTable)));
        services.TryAddSingleton<IUpsertLedger>(sp => new TableUpsertLedger(Clients(sp).Table(StorageNames.UpsertLedgerTable)));
        services.TryAddSingleton<IStudentClaims>(sp => new TableStudentClaims(Clients(sp).Table(StorageNames.StudentClaimsTable)));
        services.TryAddSingleton<IRejectionStore>(sp => new TableRejectionStore(Clients(sp).Table(StorageNames.RejectionsTable)));
        services.TryAddSingleton<IAttentionStore>(sp => new TableAttentionStore(Clients(sp).Table(StorageNames.AttentionTable)));
        services.TryAddSingleton<IDeadLetterStore>(sp => new TableDeadLetterStore(Clients(sp).Table(StorageNames.DeadLettersTable)));
        services.TryAddSingleton<ISnapshotStore>(sp => new TableSnapshotStore(Clients(sp).Table(StorageNames.SnapshotsTable)));
        services.TryAddSingleton<ICheckpointStore>(sp => new TableCheckpointStore(Clients(sp).Table(StorageNames.SyncStateTable)));
        services.TryAddSingleton<IDeliveryIdStore>(sp => new TableDeliveryIdStore(Clients(sp).Table(StorageNames.WebhookDeliveriesTable)));
        services.TryAddSingleton<IAuditStore>(sp => new TableAuditStore(Clients(sp).Table(StorageNames.AuditTable)));
        services.TryAddSingleton<IOperatorActionLog>(sp => new TableOperatorActionLog(Clients(sp).Table(StorageNames.ConsoleActionsTable)));

        // Every queue (and poison queue), container and table exists before a trigger or loop listens.
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IHostedService, StorageProvisioning>());

        // The queue trigger of every host that is not the Function App (it needs the engine's WorkDispatcher).
        services.AddOptions<QueueProcessorOptions>().Bind(configuration.GetSection(QueueProcessorOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<StorageQueueProcessor>();
    }

    private static StorageClients Clients(IServiceProvider services) => services.GetRequiredService<StorageClients>();
}
