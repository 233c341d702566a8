using System.ComponentModel.DataAnnotations;

namespace PsFunctions.Local.Hosting;

/// <summary>
/// How the local runner's queue loop receives messages, bound from <c>Local:Queues</c>. Deliveries, retry delay and
/// batch size come from the engine's <c>Sync:Queues</c> (the numbers host.json gives the Function App).
/// </summary>
public sealed class QueueWorkerOptions
{
    public const string Section = "Local:Queues";

    /// <summary>How long a received message stays invisible while it is handled.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "01:00:00")]
    public TimeSpan VisibilityTimeout { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>How often an idle queue is polled in continuous mode.</summary>
    [Range(typeof(TimeSpan), "00:00:00.100", "00:05:00")]
    public TimeSpan IdlePollInterval { get; set; } = TimeSpan.FromSeconds(2);
}
