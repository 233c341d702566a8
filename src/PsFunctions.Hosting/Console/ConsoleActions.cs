using PsFunctions.Sync.Messaging;
using PsFunctions.Sync.Operators;
using PsFunctions.Sync.Students;

namespace PsFunctions.Hosting.Console;

/// <summary>
/// The console's actions, each recorded in the <see cref="IOperatorActionLog"/> with who took it and what came of it:
/// a rejection replayed after a fix (<see cref="RejectionReplayer"/>, what <c>ops replay</c> does) and a queue's dead
/// letters sent back (<see cref="DeadLetterRequeue"/>, <c>ops requeue-poison</c>).
/// </summary>
public sealed class ConsoleActions(RejectionReplayer replayer, DeadLetterRequeue requeue, WorkDispatcher dispatcher, IOperatorActionLog log, TimeProvider time)
{
    public const string Replay = "replay";
    public const string Requeue = "requeue";

    /// <summary>Sends the submission through the upsert flow again; refused with the reason when it cannot be replayed.</summary>
    public async Task<ConsoleActionResult> ReplayAsync(string submissionId, ConsolePrincipal principal, CancellationToken cancellationToken)
    {
        ConsoleActionResult result;
        try
        {
            var replayed = await replayer.ReplayLatestAsync(submissionId, cancellationToken);
            result = replayed is null
                ? new ConsoleActionResult(false, $"Submission {submissionId} has no rejection waiting for a replay.")
                : new ConsoleActionResult(true, $"Submission {submissionId} was queued again from batch {replayed.BatchId}.");
        }
        catch (InvalidOperationException ex)
        {
            // The replayer's refusals name ids and what to do, never values.
            result = new ConsoleActionResult(false, ex.Message);
        }

        return await RecordAsync(Replay, submissionId, principal, result, cancellationToken);
    }

    /// <summary>Moves the queue's poison messages into the dead-letter store and sends its open dead letters back to it.</summary>
    public async Task<ConsoleActionResult> RequeueAsync(string queue, ConsolePrincipal principal, CancellationToken cancellationToken)
    {
        if (!dispatcher.Queues.Contains(queue))
        {
            return new ConsoleActionResult(false, $"'{queue}' is not a work queue; expected one of {string.Join(", ", dispatcher.Queues)}.");
        }

        var moved = await requeue.RequeueAsync(queue, cancellationToken);
        var result = new ConsoleActionResult(
            true, $"Moved {moved.MovedFromPoison} poison messages into the dead-letter store and sent {moved.Requeued} dead letters back to {queue}.");
        return await RecordAsync(Requeue, queue, principal, result, cancellationToken);
    }

    private async Task<ConsoleActionResult> RecordAsync(
        string action, string target, ConsolePrincipal principal, ConsoleActionResult result, CancellationToken cancellationToken)
    {
        await log.RecordAsync(new OperatorAction(time.GetUtcNow(), principal.Name, action, target, result.Done, result.Message), cancellationToken);
        return result;
    }
}
