using Microsoft.Extensions.Logging;
using PsFunctions.Sync.Outcomes;

namespace PsFunctions.Sync.Messaging;

/// <summary>
/// <c>ops requeue-poison &lt;queue&gt;</c>: after a person fixed what failed them, sends the open dead letters of a queue
/// back to it. The queue's poison queue is swept into the store first, so what the host poisoned since the last sweep
/// goes too; then each open dead letter's kept text is sent as a fresh message (no deferral history) and the record is
/// marked requeued. Every dead letter keeps its text, so one whose poison copy has expired or was swept long ago is
/// requeued all the same. Sent before marked: a crash in between sends a message twice at worst, which the handlers'
/// ledgers make harmless; a record that fails again opens again.
/// </summary>
public sealed class DeadLetterRequeue(PoisonQueueSweep sweep, IDeadLetterStore store, IWorkQueue queue, TimeProvider time, ILogger<DeadLetterRequeue> logger)
{
    /// <summary>Requeues the open dead letters of <paramref name="queueName"/>.</summary>
    /// <exception cref="ArgumentException">The queue is not a work queue.</exception>
    public async Task<DeadLetterRequeueResult> RequeueAsync(string queueName, CancellationToken cancellationToken = default)
    {
        var swept = await sweep.SweepAsync(queueName, cancellationToken).ConfigureAwait(false);
        var open = new List<DeadLetter>();
        await foreach (var letter in store.ListOpenAsync(queueName, cancellationToken).ConfigureAwait(false))
        {
            open.Add(letter);
        }

        foreach (var letter in open)
        {
            await queue.EnqueueAsync(queueName, letter.MessageText, cancellationToken: cancellationToken).ConfigureAwait(false);
            await store.MarkRequeuedAsync(queueName, letter.Key, time.GetUtcNow(), cancellationToken).ConfigureAwait(false);
        }

        DeadLetterLog.Requeued(logger, queueName, open.Count);
        return new DeadLetterRequeueResult(swept, open.Count);
    }
}
