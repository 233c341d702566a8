namespace PsFunctions.Sync.Students;

/// <summary>
/// A submission that could not be applied, kept with its reasons for a person to fix and replay.
/// <paramref name="RecordJson"/> is the delivery record as received (protected data: stored, never logged).
/// </summary>
public sealed record Rejection(
    string SubmissionId,
    string DeliveryTargetId,
    string BatchId,
    string RecordJson,
    IReadOnlyList<RejectionReason> Reasons,
    DateTimeOffset RejectedAt,
    bool Resolved = false);
