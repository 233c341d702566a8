using System.ComponentModel.DataAnnotations;

namespace PsFunctions.Sync.Messaging;

/// <summary>
/// How the work queues deliver messages, bound from <c>Sync:Queues</c>. The Function App's queue trigger reads
/// the same numbers from host.json (<c>extensions.queues</c>); a test fails when the two differ.
/// </summary>
public sealed class WorkQueueOptions
{
    public const string Section = "Sync:Queues";

    /// <summary>Deliveries of one message before it moves to its poison queue (host.json <c>maxDequeueCount</c>).</summary>
    [Range(1, 100)]
    public int MaxDequeueCount { get; set; } = 5;

    /// <summary>When a failed message is delivered again (host.json <c>visibilityTimeout</c>).</summary>
    [Range(typeof(TimeSpan), "00:00:00", "01:00:00")]
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Messages taken per receive (host.json <c>batchSize</c>; the service allows at most 32).</summary>
    [Range(1, 32)]
    public int BatchSize { get; set; } = 8;

    /// <summary>Whether delivery number <paramref name="dequeueCount"/> is the last before the poison queue.</summary>
    public bool IsLastDelivery(int dequeueCount) => dequeueCount >= MaxDequeueCount;

    /// <summary>The <see cref="WorkDelivery"/> of delivery number <paramref name="dequeueCount"/>.</summary>
    public WorkDelivery Delivery(int dequeueCount)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(dequeueCount, 1);
        return new WorkDelivery(dequeueCount, IsLastDelivery(dequeueCount));
    }
}
