using PsFunctions.Sync.Messaging;
using PsFunctions.Sync.Outcomes;
using PsFunctions.Sync.Students;

namespace PsFunctions.Hosting.Console;

/// <summary>
/// The console's rejection work list and its replay action, over the rejection store and <see cref="RejectionReplayer"/>
/// (what <c>ops replay</c> does), and dead letters sent back to their queue (<see cref="DeadLetterRequeue"/>, <c>ops requeue-poison</c>).
/// </summary>
public sealed class ConsoleWorkList(IRejectionStore rejections, RejectionReplayer replayer, DeadLetterRequeue requeue, WorkDispatcher dispatcher)
{
    /// <summary>Rejections awaiting a person, oldest first.</summary>
    public async Task<IReadOnlyList<ConsoleRejection>> ListAsync(CancellationToken cancellationToken)
    {
        var list = new List<ConsoleRejection>();
        await foreach (var rejection in rejections.ListAwaitingAsync(cancellationToken))
        {
            list.Add(ConsoleRejection.From(rejection));
        }

        return list;
    }

    /// <summary>Sends the submission through the upsert flow again (after a fix); refused with the reason when it cannot be replayed.</summary>
    public async Task<ConsoleActionResult> ReplayAsync(string submissionId, CancellationToken cancellationToken)
    {
        try
        {
            var replayed = await replayer.ReplayLatestAsync(submissionId, cancellationToken);
            return replayed is null
                ? new ConsoleActionResult(false, $"Submission {submissionId} has no rejection waiting for a replay.")
                : new ConsoleActionResult(true, $"Submission {submissionId} was queued again from batch {replayed.BatchId}.");
        }
        catch (InvalidOperationException ex)
        {
            // The replayer's refusals name ids and what to do, never values.
            return new ConsoleActionResult(false, ex.Message);
        }
    }

    /// <summary>Moves the queue's poison messages into the dead-letter store and sends its open dead letters back to it.</summary>
    public async Task<ConsoleActionResult> RequeueAsync(string queue, CancellationToken cancellationToken)
    {
        if (!dispatcher.Queues.Contains(queue))
        {
            return new ConsoleActionResult(false, $"'{queue}' is not a work queue; expected one of {string.Join(", ", dispatcher.Queues)}.");
        }

        var result = await requeue.RequeueAsync(queue, cancellationToken);
        return new ConsoleActionResult(
            true, $"Moved {result.MovedFromPoison} poison messages into the dead-letter store and sent {result.Requeued} dead letters back to {queue}.");
    }
}
