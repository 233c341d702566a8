using PsFunctions.Sync.ChangeFeed;
using PsFunctions.Sync.Enrollment;
using PsFunctions.Sync.Outcomes;

namespace PsFunctions.Local.Cycle;

/// <summary>What one full local cycle did: the figures the summary table prints (ids and counts only).</summary>
internal sealed record CycleSummary(
    IReadOnlyList<IntakeResult> Intake,
    int Inserted,
    int Updated,
    IReadOnlyList<Rejection> Rejections,
    int Documents,
    long DocumentBytes,
    ChangeFeedResult ChangeFeed,
    IReadOnlyDictionary<string, int> EventsByType,
    int MessagesHandled,
    int MessagesRetried,
    int MessagesPoisoned,
    TimeSpan Elapsed)
{
    public int Batches => Intake.Count(result => result.BatchId is not null) + Intake.Sum(result => result.RecoveredBatches);

    public int Records => Intake.Sum(result => result.RecordCount);

    public int EventsPublished => EventsByType.Values.Sum();

    /// <summary>A cycle succeeds when every message was handled without ending in a poison queue.</summary>
    public bool Succeeded => MessagesPoisoned == 0;
}
