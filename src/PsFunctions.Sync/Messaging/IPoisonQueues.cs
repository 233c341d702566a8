namespace PsFunctions.Sync.Messaging;

/// <summary>
/// Reads and empties the poison queues (<see cref="WorkQueues.PoisonOf"/>) the queue host fills: the Functions host copies
/// a message there after its last failed delivery, or without running it once it was delivered too often, with a time to
/// live of 7 days. <see cref="PoisonQueueSweep"/> moves what it finds into the dead-letter store.
/// </summary>
public interface IPoisonQueues
{
    /// <summary>
    /// Takes up to <paramref name="maxMessages"/> messages of the poison queue of <paramref name="queueName"/> (a work
    /// queue's name), hidden from other readers for a minute; none when the poison queue is empty or does not exist.
    /// </summary>
    Task<IReadOnlyList<PoisonMessage>> ReceiveAsync(string queueName, int maxMessages, CancellationToken cancellationToken = default);

    /// <summary>Deletes a message <see cref="ReceiveAsync"/> took; false when another reader holds it now.</summary>
    Task<bool> DeleteAsync(string queueName, PoisonMessage message, CancellationToken cancellationToken = default);
}
