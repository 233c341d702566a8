using PsFunctions.Sync.Outcomes;

namespace PsFunctions.Sync.Students;

/// <summary>
/// One round of an upsert: the writes to post, the submissions rejected before posting, and the ones
/// deferred to the next round because another write in this round is about the same student, and the ones
/// waiting for another handling (another instance) that holds their student's claim.
/// </summary>
internal sealed record UpsertPlan(
    IReadOnlyList<PlannedWrite> Writes,
    IReadOnlyList<(UpsertSubject Subject, IReadOnlyList<RejectionReason> Reasons)> Rejected,
    IReadOnlyList<PendingSubmission> Deferred,
    IReadOnlyList<PendingSubmission> Waiting);
