namespace PsFunctions.Sync.Students;

/// <summary>
/// A rejection sent through its flow again (<see cref="RejectionReplayer"/>): for a submission, the batch whose delivery of it
/// was queued (<see cref="BatchId"/>: the latest version the ledger knows, else the rejection's own batch) and whether that is a
/// later batch than the rejected one (<see cref="IsLaterVersion"/>).
/// </summary>
public sealed record ReplayedRejection(string SubmissionId, string DeliveryTargetId, string BatchId, bool IsLaterVersion);
