using Azure.Storage.Queues;
using Azure.Storage.Queues.Models;
using Microsoft.Extensions.Options;
using PsFunctions.Azure.Storage;
using PsFunctions.Sync.Messaging;

namespace PsFunctions.Local.Hosting;

/// <summary>
/// The local runner's stand-in for the Functions queue trigger: receives messages from a work queue, hands
/// each to the <see cref="WorkDispatcher"/>, deletes it on success, makes it visible again after
/// <see cref="WorkQueueOptions.RetryDelay"/> on failure, and moves it to <c>&lt;queue&gt;-poison</c> once it
/// has failed <see cref="WorkQueueOptions.MaxDequeueCount"/> times.
/// </summary>
internal sealed partial class QueueWorker(
    [FromKeyedServices(StorageConnectionOptions.ConnectionName)] QueueServiceClient service,
    WorkDispatcher dispatcher,
    IOptions<WorkQueueOptions> queues,
    IOptions<QueueWorkerOptions> options,
    ILogger<QueueWorker> logger)
{
    /// <summary>Handles the messages visible now, batch after batch, until a receive returns none.</summary>
    /// <returns>How many messages were handled (successfully or not).</returns>
    public async Task<QueuePass> ProcessVisibleAsync(string queueName, CancellationToken cancellationToken)
    {
        var queue = service.GetQueueClient(queueName);
        await queue.CreateIfNotExistsAsync(cancellationToken: cancellationToken);
        var pass = new QueuePass();
        while (true)
        {
            QueueMessage[] messages = await queue.ReceiveMessagesAsync(
                queues.Value.BatchSize, options.Value.VisibilityTimeout, cancellationToken);
            if (messages.Length == 0)
            {
                return pass;
            }

            foreach (var message in messages)
            {
                pass = pass.Add(await HandleAsync(queue, message, cancellationToken));
            }
        }
    }

    /// <summary>Messages in the queue, visible or not (approximate, as the service reports it).</summary>
    public async Task<int> CountAsync(string queueName, CancellationToken cancellationToken)
    {
        var queue = service.GetQueueClient(queueName);
        if (!await queue.ExistsAsync(cancellationToken))
        {
            return 0;
        }

        QueueProperties properties = await queue.GetPropertiesAsync(cancellationToken);
        return properties.ApproximateMessagesCount;
    }

    private async Task<MessageOutcome> HandleAsync(QueueClient queue, QueueMessage message, CancellationToken cancellationToken)
    {
        try
        {
            await dispatcher.DispatchAsync(queue.Name, message.Body.ToString(), (int)message.DequeueCount, cancellationToken);
            await queue.DeleteMessageAsync(message.MessageId, message.PopReceipt, cancellationToken);
            return MessageOutcome.Done;
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            if (message.DequeueCount >= queues.Value.MaxDequeueCount)
            {
                await MoveToPoisonAsync(queue, message, cancellationToken);
                Log.Poisoned(logger, queue.Name, message.MessageId, message.DequeueCount, ex.GetType().Name);
                return MessageOutcome.Poisoned;
            }

            await queue.UpdateMessageAsync(message.MessageId, message.PopReceipt, visibilityTimeout: queues.Value.RetryDelay, cancellationToken: cancellationToken);
            Log.WillRetry(logger, queue.Name, message.MessageId, message.DequeueCount, ex.GetType().Name);
            return MessageOutcome.Retried;
        }
    }

    private async Task MoveToPoisonAsync(QueueClient queue, QueueMessage message, CancellationToken cancellationToken)
    {
        var poison = service.GetQueueClient(WorkQueues.PoisonOf(queue.Name));
        await poison.CreateIfNotExistsAsync(cancellationToken: cancellationToken);
        // Sent before the delete: a crash in between leaves a copy in both, never in neither.
        await poison.SendMessageAsync(message.Body, timeToLive: TimeSpan.FromSeconds(-1), cancellationToken: cancellationToken);
        await queue.DeleteMessageAsync(message.MessageId, message.PopReceipt, cancellationToken);
    }

    private static partial class Log
    {
        [LoggerMessage(EventId = 7501, Level = LogLevel.Warning, Message = "Message {MessageId} on {Queue} failed on delivery {DequeueCount} ({ErrorType}); it will be retried")]
        public static partial void WillRetry(ILogger logger, string queue, string messageId, long dequeueCount, string errorType);

        [LoggerMessage(EventId = 7502, Level = LogLevel.Error, Message = "Message {MessageId} on {Queue} failed on delivery {DequeueCount} ({ErrorType}); moved to the poison queue")]
        public static partial void Poisoned(ILogger logger, string queue, string messageId, long dequeueCount, string errorType);
    }
}
