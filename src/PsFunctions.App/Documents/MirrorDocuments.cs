using Azure.Storage.Queues.Models;
using Microsoft.Azure.Functions.Worker;
using PsFunctions.Hosting.Setup;
using PsFunctions.Sync.Messaging;

namespace PsFunctions.App.Documents;

/// <summary>Queue trigger on <c>document-mirror</c>: copies a submission's documents into Blob storage; while the setup is incomplete the message is deferred, never completed.</summary>
public sealed class MirrorDocuments(SetupGate gate)
{
    [Function(nameof(MirrorDocuments))]
    public Task RunAsync([QueueTrigger(WorkQueues.DocumentMirror, Connection = "PsStorage")] QueueMessage message, CancellationToken cancellationToken) =>
        gate.DispatchAsync(WorkQueues.DocumentMirror, message.Body.ToString(), (int)message.DequeueCount, cancellationToken);
}
