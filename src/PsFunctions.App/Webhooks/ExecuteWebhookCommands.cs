using Azure.Storage.Queues.Models;
using Microsoft.Azure.Functions.Worker;
using PsFunctions.Hosting.Setup;
using PsFunctions.Sync.Messaging;

namespace PsFunctions.App.Webhooks;

/// <summary>Queue trigger on <c>webhook-commands</c>: carries out commands that <see cref="ReceiveWebhook"/> accepted; while the setup is incomplete the message is deferred, never completed.</summary>
public sealed class ExecuteWebhookCommands(SetupGate gate)
{
    [Function(nameof(ExecuteWebhookCommands))]
    public Task RunAsync([QueueTrigger(WorkQueues.WebhookCommands, Connection = "PsStorage")] QueueMessage message, CancellationToken cancellationToken) =>
        gate.DispatchAsync(WorkQueues.WebhookCommands, message.Body.ToString(), (int)message.DequeueCount, cancellationToken);
}
