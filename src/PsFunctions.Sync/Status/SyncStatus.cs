namespace PsFunctions.Sync.Status;

/// <summary>
/// What the sync engine is doing, for operators (GetStatus): intake runs per delivery target, queue backlogs,
/// rejections waiting for a person and where the SIS change feed is. Ids, counts and times only.
/// </summary>
public sealed record SyncStatus(
    IReadOnlyList<DeliveryTargetStatus> DeliveryTargets,
    IReadOnlyList<QueueStatus> Queues,
    RejectionStatus Rejections,
    ChangeFeedStatus? ChangeFeed);
