using System.Text.Json;
using Microsoft.Extensions.Options;
using PowerSchool.Client.Enrollment;
using PsFunctions.Azure.Storage.Queues;
using PsFunctions.Local.Cli;
using PsFunctions.Local.Hosting;
using PsFunctions.Sync.Messaging;
using PsFunctions.Sync.Status;
using PsFunctions.Sync.Students;

namespace PsFunctions.Local.Operations;

/// <summary>
/// <c>ops ...</c>: what an operator does by hand, on the storage the product uses (Azurite, or the deployed
/// account with the deploying user's roles): read the status, replay a rejection after fixing its cause, move
/// poison messages back to their queue, reset an Enrollment batch.
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
                var moved = await RequeuePoisonAsync(services, operands[1], cancellationToken);
                await output.WriteLineAsync($"Moved {moved} messages from {WorkQueues.PoisonOf(operands[1])} back to {operands[1]}.");
                return LocalCommand.Success;
            case "reset-batch" when operands.Count == 3:
                var reset = await services.GetRequiredService<IEnrollmentClient>().ResetBatchAsync(operands[1], operands[2], cancellationToken);
                await output.WriteLineAsync(reset
                    ? $"Batch {operands[2]} is reset: its submissions come again with the next intake."
                    : $"Enrollment knows no batch {operands[2]} for delivery target {operands[1]}.");
                return reset ? LocalCommand.Success : LocalCommand.Failed;
            default:
                throw new ArgumentException($"Unknown operation '{string.Join(' ', operands)}'.\n{LocalArguments.Usage}");
        }
    }

    private static async Task<int> RequeuePoisonAsync(IServiceProvider services, string queueName, CancellationToken cancellationToken)
    {
        var queues = services.GetRequiredService<StorageQueues>();
        var poison = queues.Get(WorkQueues.PoisonOf(queueName));
        var target = queues.Get(queueName);
        if (!await poison.ExistsAsync(cancellationToken))
        {
            return 0;
        }

        await target.CreateIfNotExistsAsync(cancellationToken: cancellationToken);
        var moved = 0;
        while (true)
        {
            var messages = (await poison.ReceiveMessagesAsync(32, TimeSpan.FromMinutes(1), cancellationToken)).Value;
            if (messages.Length == 0)
            {
                return moved;
            }

            foreach (var message in messages)
            {
                // Sent before the delete: a failure in between leaves a copy in both queues, never in neither.
                await target.SendMessageAsync(message.Body, timeToLive: TimeSpan.FromSeconds(-1), cancellationToken: cancellationToken);
                await poison.DeleteMessageAsync(message.MessageId, message.PopReceipt, cancellationToken);
                moved++;
            }
        }
    }
}
