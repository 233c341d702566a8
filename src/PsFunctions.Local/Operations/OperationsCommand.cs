using System.Text.Json;
using Microsoft.Extensions.Options;
using PowerSchool.Client.Enrollment;
using PsFunctions.Local.Cli;
using PsFunctions.Local.Hosting;
using PsFunctions.Sync.Audit;
using PsFunctions.Sync.Messaging;
using PsFunctions.Sync.Status;
using PsFunctions.Sync.Students;

namespace PsFunctions.Local.Operations;

/// <summary>
/// <c>ops ...</c>: what an operator does by hand, on the storage the product uses (Azurite, or the deployed
/// account with the deploying user's roles): read the status, replay a rejection after fixing its cause, send dead
/// letters (and what waits in a poison queue) back to their queue, reset an Enrollment batch, show what a submission
/// changed in the SIS (its audit: student values, printed to the operator's console only).
/// </summary>
internal static class OperationsCommand
{
    public static async Task<int> RunAsync(LocalArguments arguments, TextWriter output, CancellationToken cancellationToken)
    {
        var settings = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);
        if (!string.IsNullOrWhiteSpace(arguments.Storage))
        {
            settings["PsStorage"] = arguments.Storage;
        }

        // Built, not started: operations use the product's services without its loops or start-up checks.
        await using var app = LocalHost.Build(arguments with { Once = true }, settings);
        var services = app.Services;
        var operands = arguments.Operation;
        switch (operands[0])
        {
            case "status" when operands.Count == 1:
                await output.WriteLineAsync(await services.GetRequiredService<SyncStatusReader>().ReadJsonAsync(cancellationToken));
                return LocalCommand.Success;
            case "replay" when operands.Count == 2:
                var replayed = await services.GetRequiredService<RejectionReplayer>().ReplayAsync(operands[1], cancellationToken);
                await output.WriteLineAsync(replayed
                    ? $"Submission {operands[1]} is queued on {WorkQueues.StudentUpserts} again; its rejection is marked resolved."
                    : $"Submission {operands[1]} has no rejection awaiting replay.");
                return replayed ? LocalCommand.Success : LocalCommand.Failed;
            case "requeue-poison" when operands.Count == 2 && services.GetRequiredService<WorkDispatcher>().Queues.Contains(operands[1]):
                var requeue = await services.GetRequiredService<DeadLetterRequeue>().RequeueAsync(operands[1], cancellationToken);
                await output.WriteLineAsync(
                    $"Moved {requeue.MovedFromPoison} messages from {WorkQueues.PoisonOf(operands[1])} into the dead-letter store, " +
                    $"then sent {requeue.Requeued} open dead letters back to {operands[1]} (marked requeued).");
                return LocalCommand.Success;
            case "reset-batch" when operands.Count == 3:
                var reset = await services.GetRequiredService<IEnrollmentClient>().ResetBatchAsync(operands[1], operands[2], cancellationToken);
                await output.WriteLineAsync(reset
                    ? $"Batch {operands[2]} is reset: its submissions come again with the next intake."
                    : $"Enrollment knows no batch {operands[2]} for delivery target {operands[1]}.");
                return reset ? LocalCommand.Success : LocalCommand.Failed;
            case "audit" when operands.Count == 2:
                var history = await services.GetRequiredService<AuditHistory>().ReadAsync(operands[1], cancellationToken);
                await output.WriteAsync(history.ToText());
                return history.Entries.Count > 0 ? LocalCommand.Success : LocalCommand.Failed;
            default:
                throw new ArgumentException($"Unknown operation '{string.Join(' ', operands)}'.\n{LocalArguments.Usage}");
        }
    }
}
