using PsFunctions.Sync.Events;

namespace PsFunctions.Sync.Status;

/// <summary>
/// What the sync engine is doing, for operators (GetStatus): intake runs per delivery target, queue backlogs,
/// rejections waiting for a person, where the SIS change feed is, where events go, and work given up (dead letters).
/// Ids, counts, reasons and times only.
/// </summary>
public sealed record SyncStatus(
    IReadOnlyList<DeliveryTargetStatus> DeliveryTargets,
    IReadOnlyList<QueueStatus> Queues,
    RejectionStatus Rejections,
    ChangeFeedStatus? ChangeFeed,
    EventDestination Events,
    DeadLetterStatus DeadLetters);
