namespace PsFunctions.Sync.Messaging;

/// <summary>
/// Sends work messages to a named queue. Messages are small (claim check: they reference stored data
/// by id; Storage queue messages are at most 64 KB). Receiving belongs to the host (a queue-triggered
/// function, or the local runner's queue loop).
/// </summary>
public interface IWorkQueue
{
    /// <summary>Adds <paramref name="message"/> (JSON text) to <paramref name="queueName"/>, visible after <paramref name="visibilityDelay"/>.</summary>
    Task EnqueueAsync(string queueName, string message, TimeSpan? visibilityDelay = null, CancellationToken cancellationToken = default);
}
