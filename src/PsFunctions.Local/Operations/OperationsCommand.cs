using System.Text.Json;
using Microsoft.Extensions.Options;
using PowerSchool.Client.Enrollment;
using PsFunctions.Local.Cli;
using PsFunctions.Local.Hosting;
using PsFunctions.Sync.Audit;
using PsFunctions.Sync.Messaging;
using PsFunctions.Sync.Outcomes;
using PsFunctions.Sync.Status;
using PsFunctions.Sync.Students;

namespace PsFunctions.Local.Operations;

/// <summary>
/// <c>ops ...</c>: what an operator does by hand, on the storage the product uses (Azurite, or the deployed
/// account with the deploying user's roles): read the status, replay a rejection after fixing its cause, send dead
/// letters (and what waits in a poison queue) back to their queue, reset an Enrollment batch, list and resolve attention items,
/// show what a submission changed in the SIS (its audit: student values, printed to the operator's console only).
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
                var replayed = await services.GetRequiredService<RejectionReplayer>().ReplayLatestAsync(operands[1], cancellationToken);
                await output.WriteLineAsync(replayed is null
                    ? $"Submission {operands[1]} has no rejection awaiting replay."
                    : $"Submission {operands[1]} is queued on {WorkQueues.StudentUpserts} again from batch {replayed.BatchId}" +
                      (replayed.IsLaterVersion ? " (its latest delivered version, later than the rejected one)" : "") +
                      "; its rejection is marked resolved.");
                return replayed is null ? LocalCommand.Failed : LocalCommand.Success;
            case "requeue-poison" when operands.Count == 2 && services.GetRequiredService<WorkDispatcher>().Queues.Contains(operands[1]):
                var requeue = await services.GetRequiredService<DeadLetterRequeue>().RequeueAsync(operands[1], cancellationToken);
                await output.WriteLineAsync(
                    $"Moved {requeue.MovedFromPoison} messages from {WorkQueues.PoisonOf(operands[1])} into the dead-letter store, " +
                    $"then sent {requeue.Requeued} open dead letters back to {operands[1]} (marked requeued).");
                return LocalCommand.Success;
            case "reset-batch" when operands.Count == 3:
                return await ResetBatchAsync(services, operands[1], operands[2], output, cancellationToken);
            case "attention" when operands.Count == 1:
                return Code(await AttentionOperations.ListAsync(services.GetRequiredService<IAttentionStore>(), output, cancellationToken));
            case "attention" when operands.Count == 2:
                return Code(await AttentionOperations.ShowAsync(services.GetRequiredService<IAttentionStore>(), operands[1], output, cancellationToken));
            case "resolve" when operands.Count == 2:
                return Code(await AttentionOperations.ResolveAsync(
                    services.GetRequiredService<AttentionResolver>(), operands[1], arguments.Note, output, cancellationToken));
            case "audit" when operands.Count == 2:
                var history = await services.GetRequiredService<AuditHistory>().ReadAsync(operands[1], cancellationToken);
                await output.WriteAsync(history.ToText());
                return history.Entries.Count > 0 ? LocalCommand.Success : LocalCommand.Failed;
            default:
                throw new ArgumentException($"Unknown operation '{string.Join(' ', operands)}'.\n{LocalArguments.Usage}");
        }
    }

    // The forecast is read before the reset: it says what the ledger will do with each submission when it comes again.
    private static async Task<int> ResetBatchAsync(IServiceProvider services, string target, string batchId, TextWriter output, CancellationToken cancellationToken)
    {
        var forecast = await services.GetRequiredService<BatchResetForecast>().ForecastAsync(target, batchId, cancellationToken);
        var reset = await services.GetRequiredService<IEnrollmentClient>().ResetBatchAsync(target, batchId, cancellationToken);
        if (!reset)
        {
            await output.WriteLineAsync($"Enrollment knows no batch {batchId} for delivery target {target}.");
            return LocalCommand.Failed;
        }

        await output.WriteLineAsync($"Batch {batchId} is reset: its submissions come again with the next intake.");
        if (forecast is null)
        {
            await output.WriteLineAsync("The batch archive does not hold this batch: no forecast per submission.");
            return LocalCommand.Success;
        }

        foreach (var line in forecast)
        {
            await output.WriteLineAsync("  " + line);
        }

        return LocalCommand.Success;
    }

    private static int Code(bool succeeded) => succeeded ? LocalCommand.Success : LocalCommand.Failed;
}
