using Azure.Storage.Queues.Models;
using Microsoft.Azure.Functions.Worker;
using PsFunctions.Sync.Messaging;

namespace PsFunctions.App.Students;

/// <summary>Queue trigger on <c>student-upserts</c>: applies a batch of submissions to the SIS.</summary>
public sealed class ApplyStudentUpserts(WorkDispatcher dispatcher)
{
    [Function(nameof(ApplyStudentUpserts))]
    public Task RunAsync([QueueTrigger(WorkQueues.StudentUpserts, Connection = "PsStorage")] QueueMessage message, CancellationToken cancellationToken) =>
        dispatcher.DispatchAsync(WorkQueues.StudentUpserts, message.Body.ToString(), (int)message.DequeueCount, cancellationToken);
}
