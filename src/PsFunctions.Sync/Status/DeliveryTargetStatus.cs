using PsFunctions.Sync.Enrollment;

namespace PsFunctions.Sync.Status;

/// <summary>The most recent intake runs of one delivery target, newest first.</summary>
public sealed record DeliveryTargetStatus(string DeliveryTargetId, IReadOnlyList<IntakeRun> LastRuns);
