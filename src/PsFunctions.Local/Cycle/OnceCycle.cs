using PsFunctions.Azure.Storage.Queues;
using PsFunctions.Sync.Enrollment;
using PsFunctions.Sync.Hosting;
using PsFunctions.Sync.Messaging;
using PsFunctions.Sync.Outcomes;

namespace PsFunctions.Local.Cycle;

/// <summary>
/// <c>--once</c>: one full cycle, in the order the Function App would reach the same state: intake for every
/// delivery target, then the work queues until they are empty (upserts, documents, webhook commands; failed
/// messages retried and finally poisoned as in Azure), then one run of the SIS-changes timer (delivery-id purge, change-feed poll).
/// </summary>
internal sealed class OnceCycle(
    DeliveryTargetPoller poller,
    StorageQueueProcessor processor,
    SisChangesPoll changes,
    EventTally events,
    IRejectionStore rejections,
    TimeProvider time)
{
    /// <summary>How long the queues may take to drain before the cycle counts as failed.</summary>
    private static readonly TimeSpan DrainLimit = TimeSpan.FromMinutes(30);

    // Queue order: commands first (they may start intake), then the upserts they and intake produce.
    private static readonly string[] QueueOrder = [WorkQueues.WebhookCommands, WorkQueues.StudentUpserts, WorkQueues.DocumentMirror];

    public async Task<CycleSummary> RunAsync(CancellationToken cancellationToken)
    {
        var started = time.GetTimestamp();
        var intake = await poller.RunAllAsync(cancellationToken);
        var queues = await DrainAsync(cancellationToken);
        var feed = await changes.RunAsync(cancellationToken);
        var rejected = new List<Rejection>();
        foreach (var submissionId in events.RejectedSubmissions)
        {
            if (await rejections.GetAsync(submissionId, cancellationToken) is { } rejection)
            {
                rejected.Add(rejection);
            }
        }

        return new CycleSummary(
            intake, events.Inserted, events.Updated, rejected, events.Documents, events.DocumentBytes, feed,
            events.ByType, queues.Handled, queues.Retried, queues.Poisoned, time.GetElapsedTime(started));
    }

    // Each queue until it is empty (retries and claim-wait delays included) before the next: nothing a later queue
    // handles sends work to an earlier one.
    private async Task<QueueCounts> DrainAsync(CancellationToken cancellationToken)
    {
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        limit.CancelAfter(DrainLimit);
        var total = QueueCounts.None;
        foreach (var queue in QueueOrder)
        {
            total = total.Add(await processor.DrainAsync(queue, QueueDrain.UntilQueueEmpty(), limit.Token));
        }

        return total;
    }
}
