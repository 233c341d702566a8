using Azure.Storage.Queues.Models;
using Microsoft.Azure.Functions.Worker;
using PsFunctions.Hosting.Setup;
using PsFunctions.Sync.Messaging;

namespace PsFunctions.App.Students;

/// <summary>Queue trigger on <c>student-upserts</c>: applies a batch of submissions to the SIS; while the setup is incomplete the message is deferred, never completed.</summary>
public sealed class ApplyStudentUpserts(SetupGate gate)
{
    [Function(nameof(ApplyStudentUpserts))]
    public Task RunAsync([QueueTrigger(WorkQueues.StudentUpserts, Connection = "PsStorage")] QueueMessage message, CancellationToken cancellationToken) =>
        gate.DispatchAsync(WorkQueues.StudentUpserts, message.Body.ToString(), (int)message.DequeueCount, cancellationToken);
}
