namespace PsFunctions.Azure.Storage;

/// <summary>
/// The blob containers and tables the adapters keep their data in (queues: <c>WorkQueues</c>), and how a
/// configured <see cref="StorageConnectionOptions.NamePrefix"/> goes in front of every one of those names.
/// </summary>
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

    /// <summary>What a family asked for that was not done (school changes, flagged and dropped fields): protected like rejections.</summary>
    public const string AttentionTable = "attention";

    /// <summary>Work messages given up, with no expiry (the poison queues' copies expire).</summary>
    public const string DeadLettersTable = "deadletters";

    public const string SnapshotsTable = "snapshots";
    public const string SyncStateTable = "syncstate";
    public const string WebhookDeliveriesTable = "webhookdeliveries";

    /// <summary>What student writes changed (old and new values: protected like <see cref="RejectionsTable"/>), kept <c>Sync:Audit:RetentionDays</c>.</summary>
    public const string AuditTable = "audit";

    /// <summary>Actions taken from the operations console (who, when, what).</summary>
    public const string ConsoleActionsTable = "consoleactions";

    /// <summary>Every container above (the Bicep creates the same list; a test compares them).</summary>
    public static IReadOnlyList<string> Containers { get; } = [EnrollmentBatchesContainer, StudentDocumentsContainer];

    /// <summary>Every table above (the Bicep creates the same list; a test compares them).</summary>
    public static IReadOnlyList<string> Tables { get; } =
        [BatchLedgerTable, UpsertLedgerTable, StudentClaimsTable, RejectionsTable, AttentionTable, DeadLettersTable, SnapshotsTable, SyncStateTable, WebhookDeliveriesTable, AuditTable, ConsoleActionsTable];

    /// <summary>The name the adapters use for the queue, table or container <paramref name="name"/> under <paramref name="namePrefix"/>.</summary>
    public static string Prefixed(string? namePrefix, string name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        return string.Concat(namePrefix, name);
    }
}
