namespace PsFunctions.Sync.Messaging;

/// <summary>Sends typed work messages: the message type names its queue and writes its own JSON.</summary>
public static class WorkQueueExtensions
{
    /// <summary>Adds <paramref name="message"/> to its queue, visible after <paramref name="visibilityDelay"/>.</summary>
    public static Task SendAsync<TMessage>(
        this IWorkQueue queue, TMessage message, TimeSpan? visibilityDelay = null, CancellationToken cancellationToken = default)
        where TMessage : class, IWorkMessage<TMessage>
    {
        ArgumentNullException.ThrowIfNull(queue);
        ArgumentNullException.ThrowIfNull(message);
        return queue.EnqueueAsync(TMessage.QueueName, TMessage.ToJson(message), visibilityDelay, cancellationToken);
    }
}
