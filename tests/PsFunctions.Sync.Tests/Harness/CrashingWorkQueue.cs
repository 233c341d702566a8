using PsFunctions.Sync.Messaging;

namespace PsFunctions.Sync.Tests.Harness;

/// <summary>The real storage queue adapter with a crash point <c>queue.enqueue:&lt;queue&gt;</c> before each send.</summary>
internal sealed class CrashingWorkQueue(IWorkQueue inner, CrashPlan crashes) : IWorkQueue
{
    public Task EnqueueAsync(string queueName, string message, TimeSpan? visibilityDelay = null, CancellationToken cancellationToken = default)
    {
        crashes.Reach($"queue.enqueue:{queueName}");
        return inner.EnqueueAsync(queueName, message, visibilityDelay, cancellationToken);
    }
}
