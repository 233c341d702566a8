using System.Text.Json;
using Microsoft.Extensions.Options;
using PsFunctions.Sync.ChangeFeed;
using PsFunctions.Sync.Checkpoints;
using PsFunctions.Sync.Enrollment;
using PsFunctions.Sync.Events;
using PsFunctions.Sync.Messaging;
using PsFunctions.Sync.Outcomes;

namespace PsFunctions.Sync.Status;

/// <summary>
/// Reads <see cref="SyncStatus"/> from the ledgers, queues, dead-letter and attention stores and checkpoints (read only), adds where events
/// go, and writes it as JSON for every host.
/// </summary>
public sealed class SyncStatusReader(
    IBatchLedger batchLedger,
    IQueueMonitor queueMonitor,
    IRejectionStore rejections,
    IDeadLetterStore deadLetters,
    IAttentionStore attention,
    ICheckpointStore checkpoints,
    WorkDispatcher dispatcher,
    EventDestination events,
    IOptions<DeliveryTargetsOptions> targets,
    IOptions<SyncStatusOptions> options)
{
    private readonly SyncStatusOptions _options = options.Value;

    /// <summary>The status of the configured delivery targets (<c>Sync:DeliveryTargets</c>) as the JSON every host answers with.</summary>
    public async Task<string> ReadJsonAsync(CancellationToken cancellationToken = default) =>
        JsonSerializer.Serialize(await ReadAsync(cancellationToken).ConfigureAwait(false), SyncStatusJsonContext.Default.SyncStatus);

    /// <summary>The status of the configured delivery targets (<c>Sync:DeliveryTargets</c>).</summary>
    public Task<SyncStatus> ReadAsync(CancellationToken cancellationToken = default) => ReadAsync(targets.Value.Ids, cancellationToken);

    public async Task<SyncStatus> ReadAsync(IReadOnlyList<string> deliveryTargetIds, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(deliveryTargetIds);
        var targets = new List<DeliveryTargetStatus>(deliveryTargetIds.Count);
        foreach (var deliveryTargetId in deliveryTargetIds)
        {
            ArgumentException.ThrowIfNullOrWhiteSpace(deliveryTargetId, nameof(deliveryTargetIds));
            var runs = await batchLedger.GetLastRunsAsync(deliveryTargetId, _options.RunsPerDeliveryTarget, cancellationToken).ConfigureAwait(false);
            var missing = new List<string>();
            await foreach (var batch in batchLedger.ListAsync(deliveryTargetId, BatchState.ArchiveMissing, cancellationToken).ConfigureAwait(false))
            {
                missing.Add(batch.BatchId);
            }

            targets.Add(new DeliveryTargetStatus(deliveryTargetId, runs, missing));
        }

        var open = await ReadOpenDeadLettersAsync(cancellationToken).ConfigureAwait(false);
        var problems = await PluginProblem.ReadAllAsync(checkpoints, cancellationToken).ConfigureAwait(false);
        return new SyncStatus(
            targets,
            await ReadQueuesAsync(open, cancellationToken).ConfigureAwait(false),
            await ReadRejectionsAsync(cancellationToken).ConfigureAwait(false),
            await ReadChangeFeedAsync(cancellationToken).ConfigureAwait(false),
            events,
            new DeadLetterStatus(open.Count, [.. open.Take(_options.OldestDeadLetters).Select(Summary)]),
            problems.MaxBy(problem => problem.ObservedAt),
            problems,
            await ReadAttentionAsync(cancellationToken).ConfigureAwait(false));
    }

    private async Task<IReadOnlyList<QueueStatus>> ReadQueuesAsync(IReadOnlyList<DeadLetter> open, CancellationToken cancellationToken)
    {
        var queues = new List<QueueStatus>(dispatcher.Queues.Count);
        foreach (var queue in dispatcher.Queues)
        {
            var poison = WorkQueues.PoisonOf(queue);
            queues.Add(new QueueStatus(
                queue,
                await queueMonitor.GetApproximateCountAsync(queue, cancellationToken).ConfigureAwait(false),
                poison,
                await queueMonitor.GetApproximateCountAsync(poison, cancellationToken).ConfigureAwait(false),
                open.Count(letter => letter.Queue == queue)));
        }

        return queues;
    }

    // Oldest first; there are few (each one waits for a person).
    private async Task<IReadOnlyList<DeadLetter>> ReadOpenDeadLettersAsync(CancellationToken cancellationToken)
    {
        var open = new List<DeadLetter>();
        await foreach (var letter in deadLetters.ListOpenAsync(null, cancellationToken).ConfigureAwait(false))
        {
            open.Add(letter);
        }

        return open;
    }

    private static DeadLetterSummary Summary(DeadLetter letter) =>
        new(letter.Queue, letter.Key, letter.Ids, letter.Reason, letter.DeliveryCount, letter.DeadLetteredAt);

    private async Task<RejectionStatus> ReadRejectionsAsync(CancellationToken cancellationToken)
    {
        var (awaiting, oldest) = await CountAsync(rejections.ListAwaitingAsync(cancellationToken), r => r.SubmissionId, _options.OldestRejections);
        var (superseded, _) = await CountAsync(rejections.ListSupersededAsync(cancellationToken), r => r.SubmissionId, 0);
        return new RejectionStatus(awaiting, oldest) { Superseded = superseded };
    }

    private async Task<AttentionStatus> ReadAttentionAsync(CancellationToken cancellationToken)
    {
        var (open, oldest) = await CountAsync(attention.ListOpenAsync(cancellationToken), item => item.Id, _options.OldestAttentionItems);
        return new AttentionStatus(open, oldest);
    }

    // How many items wait for a person (listed oldest first), and the ids of the first few.
    private static async Task<(int Count, IReadOnlyList<string> Oldest)> CountAsync<T>(IAsyncEnumerable<T> items, Func<T, string> id, int shown)
    {
        var count = 0;
        var oldest = new List<string>(shown);
        await foreach (var item in items.ConfigureAwait(false))
        {
            count++;
            if (oldest.Count < shown)
            {
                oldest.Add(id(item));
            }
        }

        return (count, oldest);
    }

    private async Task<ChangeFeedStatus?> ReadChangeFeedAsync(CancellationToken cancellationToken)
    {
        var checkpoint = await ChangeFeedCheckpoint.ReadAsync(checkpoints, cancellationToken).ConfigureAwait(false);
        return checkpoint is null ? null : new ChangeFeedStatus(checkpoint.DataVersion, checkpoint.LastFullScanAt, checkpoint.UpdatedAt);
    }
}
