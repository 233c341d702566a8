namespace PsFunctions.Sync.Students;

/// <summary>
/// What one upsert is about: the submission (or webhook command) id that keys the ledger and the rejection
/// store, where it came from, and its record as received (kept with a rejection, never logged).
/// </summary>
internal sealed record UpsertSubject(string SubmissionId, string DeliveryTargetId, string BatchId, string RecordJson);
