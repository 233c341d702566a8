using Azure.Storage.Queues.Models;
using Microsoft.Azure.Functions.Worker;
using PsFunctions.Sync.Messaging;

namespace PsFunctions.App.Webhooks;

/// <summary>Queue trigger on <c>webhook-commands</c>: carries out commands that <see cref="ReceiveWebhook"/> accepted.</summary>
public sealed class ExecuteWebhookCommands(WorkDispatcher dispatcher)
{
    [Function(nameof(ExecuteWebhookCommands))]
    public Task RunAsync([QueueTrigger(WorkQueues.WebhookCommands, Connection = "PsStorage")] QueueMessage message, CancellationToken cancellationToken) =>
        dispatcher.DispatchAsync(WorkQueues.WebhookCommands, message.Body.ToString(), (int)message.DequeueCount, cancellationToken);
}
