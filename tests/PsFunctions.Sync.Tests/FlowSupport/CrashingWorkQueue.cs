using PsFunctions.Sync.Messaging;

namespace PsFunctions.Sync.Tests.FlowSupport;

/// <summary>
/// The real storage queue adapter, with the queue names prefixed so parallel tests never share a queue,
/// and a crash point <c>queue.enqueue:&lt;queue&gt;</c> before each send.
/// </summary>
internal sealed class CrashingWorkQueue(IWorkQueue inner, string prefix, CrashPlan crashes) : IWorkQueue
{
    public Task EnqueueAsync(string queueName, string message, TimeSpan? visibilityDelay = null, CancellationToken cancellationToken = default)
    {
        crashes.Reach($"queue.enqueue:{queueName}");
        return inner.EnqueueAsync(prefix + queueName, message, visibilityDelay, cancellationToken);
    }
}
