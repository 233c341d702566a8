using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using PsFunctions.Sync.Outcomes;

namespace PsFunctions.Sync.Messaging;

/// <summary>
/// The work of the poison-sweep timer, the same in every host (the Function App's <c>SweepPoisonQueues</c>, the local
/// runner's schedule): moves every message the queue host put in a poison queue into the dead-letter store, where it
/// does not expire, then deletes it from the poison queue. A message whose last delivery wrote its dead letter already
/// keeps that record and its reason; one the host poisoned without running it (a worker that died on its last
/// delivery, a delivery count past the limit) gets a dead letter here. Recorded before deleted: a crash in between
/// leaves the message in both places, and the next run finds its record open and only deletes it.
/// </summary>
public sealed class PoisonQueueSweep(
    IPoisonQueues poison,
    IDeadLetterStore store,
    WorkDispatcher dispatcher,
    TimeProvider time,
    IOptions<WorkQueueOptions> delivery,
    ILogger<PoisonQueueSweep> logger)
{
    /// <summary>Every ten minutes (six-field NCRONTAB): far inside the 7-day time to live of a poison copy.</summary>
    public const string Schedule = "0 */10 * * * *";

    /// <summary>Messages moved from one poison queue in one run; the rest wait for the next run.</summary>
    public const int SweepLimit = 2_000;

    private const int MessagesPerReceive = 32;

    /// <summary>Sweeps the poison queue of every work queue; returns the messages moved.</summary>
    public async Task<int> RunAsync(CancellationToken cancellationToken = default)
    {
        var moved = 0;
        foreach (var queue in dispatcher.Queues)
        {
            moved += await SweepAsync(queue, cancellationToken).ConfigureAwait(false);
        }

        return moved;
    }

    /// <summary>Sweeps the poison queue of <paramref name="queueName"/> (up to <see cref="SweepLimit"/> messages); returns the messages moved.</summary>
    public async Task<int> SweepAsync(string queueName, CancellationToken cancellationToken = default)
    {
        var route = dispatcher.Route(queueName);
        var moved = 0;
        var recorded = 0;
        while (moved < SweepLimit)
        {
            var messages = await poison.ReceiveAsync(queueName, Math.Min(MessagesPerReceive, SweepLimit - moved), cancellationToken).ConfigureAwait(false);
            if (messages.Count == 0)
            {
                break;
            }

            foreach (var message in messages)
            {
                if (await store.SaveUnlessOpenAsync(Letter(route, message), cancellationToken).ConfigureAwait(false))
                {
                    recorded++;
                }

                await poison.DeleteAsync(queueName, message, cancellationToken).ConfigureAwait(false);
                moved++;
            }
        }

        if (moved > 0)
        {
            DeadLetterLog.Swept(logger, WorkQueues.PoisonOf(queueName), moved, recorded);
        }

        return moved;
    }

    // A deferred message poisoned later is kept as the message itself, so requeueing starts it afresh.
    private DeadLetter Letter(IWorkRoute route, PoisonMessage message)
    {
        var text = DeferredWork.Read(message.Text).MessageText;
        var reason = $"moved to {WorkQueues.PoisonOf(route.QueueName)} by the queue host with no failure recorded: its last delivery did not run, " +
            "or stopped before it could keep one (rule: host.json extensions.queues.maxDequeueCount deliveries)";
        // The host poisons after its last delivery: the delivery count was at least that.
        return DeadLetter.Open(route.QueueName, text, route.Describe(text), reason, delivery.Value.MaxDequeueCount, message.InsertedOn ?? time.GetUtcNow());
    }
}
