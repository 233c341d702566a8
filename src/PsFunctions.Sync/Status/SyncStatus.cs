using PsFunctions.Sync.ChangeFeed;
using PsFunctions.Sync.Events;

namespace PsFunctions.Sync.Status;

/// <summary>
/// What the sync engine is doing, for operators (GetStatus): intake runs per delivery target, queue backlogs,
/// rejections and attention items waiting for a person, where the SIS change feed is, where events go, work given up (dead letters), and
/// the plugin refusal the last change-feed poll met with the fix to make (<see cref="PluginConfiguration"/>, null when
/// none). Ids, counts, reasons, fixes and times only.
/// </summary>
public sealed record SyncStatus(
    IReadOnlyList<DeliveryTargetStatus> DeliveryTargets,
    IReadOnlyList<QueueStatus> Queues,
    RejectionStatus Rejections,
    ChangeFeedStatus? ChangeFeed,
    EventDestination Events,
    DeadLetterStatus DeadLetters,
    PluginProblem? PluginConfiguration,
    AttentionStatus Attention);
