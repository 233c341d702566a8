namespace PsFunctions.Sync.Messaging;

/// <summary>Reads how many messages wait in a queue (for status and operations).</summary>
public interface IQueueMonitor
{
    /// <summary>Approximate number of messages in <paramref name="queueName"/>; 0 when the queue does not exist.</summary>
    Task<int> GetApproximateCountAsync(string queueName, CancellationToken cancellationToken = default);
}
