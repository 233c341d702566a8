namespace PsFunctions.Azure.Storage;

/// <summary>The blob containers and tables the adapters keep their data in (queues: <c>WorkQueues</c>).</summary>
public static class StorageNames
{
    /// <summary>Raw Enrollment batches, blob <c>&lt;delivery target&gt;/&lt;batch id&gt;.json</c>.</summary>
    public const string EnrollmentBatchesContainer = "enrollment-batches";

    /// <summary>Mirrored student documents, blob named by the path the engine chooses.</summary>
    public const string StudentDocumentsContainer = "student-documents";

    public const string BatchLedgerTable = "batchledger";
    public const string UpsertLedgerTable = "upsertledger";
    public const string StudentClaimsTable = "studentclaims";
    public const string RejectionsTable = "rejections";
    public const string SnapshotsTable = "snapshots";
    public const string SyncStateTable = "syncstate";
    public const string WebhookDeliveriesTable = "webhookdeliveries";
}
