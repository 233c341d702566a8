namespace PsFunctions.Sync.Enrollment;

/// <summary>The ledger's row for one Enrollment batch.</summary>
public sealed record BatchRecord(
    string DeliveryTargetId,
    string BatchId,
    BatchState State,
    int RecordCount,
    int MessagesEnqueued,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt);
