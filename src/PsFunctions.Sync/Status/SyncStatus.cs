using PsFunctions.Sync.ChangeFeed;
using PsFunctions.Sync.Checkpoints;
using PsFunctions.Sync.Events;

namespace PsFunctions.Sync.Status;

/// <summary>
/// What the sync engine is doing, for operators (GetStatus): intake runs per delivery target, queue backlogs,
/// rejections and attention items waiting for a person, where the SIS change feed is, where events go, work given up
/// (dead letters), and the plugin refusals with the fix to make: every component's current one (<see cref="PluginProblems"/>:
/// the change feed's polls, the student upserts), and the latest of them as <see cref="PluginConfiguration"/> (null when
/// none; the field older readers know). Ids, counts, reasons, fixes and times only.
/// </summary>
public sealed record SyncStatus(
    IReadOnlyList<DeliveryTargetStatus> DeliveryTargets,
    IReadOnlyList<QueueStatus> Queues,
    RejectionStatus Rejections,
    ChangeFeedStatus? ChangeFeed,
    EventDestination Events,
    DeadLetterStatus DeadLetters,
    PluginProblem? PluginConfiguration,
    IReadOnlyList<PluginProblem> PluginProblems,
    AttentionStatus Attention);
