using System.ComponentModel.DataAnnotations;

namespace PsFunctions.Local.Hosting;

/// <summary>
/// How the local runner reads the work queues, bound from <c>Local:Queues</c>. Defaults follow host.json so
/// local runs retry and poison messages the way the Function App does.
/// </summary>
public sealed class QueueWorkerOptions
{
    public const string Section = "Local:Queues";

    /// <summary>Deliveries before a message moves to its poison queue (host.json <c>maxDequeueCount</c>).</summary>
    [Range(1, 100)]
    public int MaxDequeueCount { get; set; } = 5;

    /// <summary>Messages taken per receive (host.json <c>batchSize</c>; the service allows at most 32).</summary>
    [Range(1, 32)]
    public int BatchSize { get; set; } = 8;

    /// <summary>How long a received message stays invisible while it is handled.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "01:00:00")]
    public TimeSpan VisibilityTimeout { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>When a failed message is delivered again (host.json <c>visibilityTimeout</c>).</summary>
    [Range(typeof(TimeSpan), "00:00:00", "01:00:00")]
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How often an idle queue is polled in continuous mode.</summary>
    [Range(typeof(TimeSpan), "00:00:00.100", "00:05:00")]
    public TimeSpan IdlePollInterval { get; set; } = TimeSpan.FromSeconds(2);
}
