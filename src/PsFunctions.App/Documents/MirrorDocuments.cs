using Azure.Storage.Queues.Models;
using Microsoft.Azure.Functions.Worker;
using PsFunctions.Sync.Messaging;

namespace PsFunctions.App.Documents;

/// <summary>Queue trigger on <c>document-mirror</c>: copies a submission's documents into Blob storage.</summary>
public sealed class MirrorDocuments(WorkDispatcher dispatcher)
{
    [Function(nameof(MirrorDocuments))]
    public Task RunAsync([QueueTrigger(WorkQueues.DocumentMirror, Connection = "PsStorage")] QueueMessage message, CancellationToken cancellationToken) =>
        dispatcher.DispatchAsync(WorkQueues.DocumentMirror, message.Body.ToString(), (int)message.DequeueCount, cancellationToken);
}
