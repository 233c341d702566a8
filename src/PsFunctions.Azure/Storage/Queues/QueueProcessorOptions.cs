using System.ComponentModel.DataAnnotations;

namespace PsFunctions.Azure.Storage.Queues;

/// <summary>
/// How <see cref="StorageQueueProcessor"/> holds and polls for messages, bound from <c>QueueProcessor</c>. How often a
/// message is delivered, when a failed one comes back and how many are taken per receive are not here: they come from
/// the engine's <c>Sync:Queues</c> (<c>WorkQueueOptions</c>), the numbers host.json gives the Function App's trigger.
/// </summary>
public sealed class QueueProcessorOptions
{
    public const string Section = "QueueProcessor";

    /// <summary>
    /// How long a received message stays invisible to other receivers (<c>QueueProcessor:LeaseDuration</c>; the service
    /// counts whole seconds). The lease is renewed every third of it while the handler runs, so a slow handler keeps
    /// its message; a process that dies without settling gives its messages back after at most this long.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:01", "01:00:00")]
    public TimeSpan LeaseDuration { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>
    /// How long a receiver waits before it looks again when there is nothing to receive (<c>QueueProcessor:IdlePollInterval</c>),
    /// the part host.json's <c>maxPollingInterval</c> plays for the Function App.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00.100", "00:05:00")]
    public TimeSpan IdlePollInterval { get; set; } = TimeSpan.FromSeconds(2);
}
