using PsFunctions.Sync.Enrollment;

namespace PsFunctions.Sync.Status;

/// <summary>
/// The most recent intake runs of one delivery target, newest first, and the batches recorded as stored whose
/// blob is gone from the batch archive (<see cref="BatchState.ArchiveMissing"/>: their records were never sent).
/// </summary>
public sealed record DeliveryTargetStatus(string DeliveryTargetId, IReadOnlyList<IntakeRun> LastRuns, IReadOnlyList<string> MissingBatches);
