using PsFunctions.Sync.Events;

namespace PsFunctions.Sync.Tests.ChangeFeed;

/// <summary>
/// Crash point around the real event sink: when armed, the next publish reaches the sink and then the caller
/// stops, as if the process died before its next write (the snapshot save).
/// </summary>
internal sealed class CrashAfterPublish(IEventPublisher inner) : IEventPublisher
{
    private int _armed;

    public void Arm() => Interlocked.Exchange(ref _armed, 1);

    public async Task PublishAsync(IReadOnlyList<IntegrationEvent> events, CancellationToken cancellationToken = default)
    {
        await inner.PublishAsync(events, cancellationToken);
        if (Interlocked.Exchange(ref _armed, 0) == 1)
        {
            throw new SimulatedCrashException();
        }
    }
}

/// <summary>The process "died" at a crash point.</summary>
internal sealed class SimulatedCrashException : Exception
{
    public SimulatedCrashException()
        : base("Simulated crash right after publishing.")
    {
    }

    public SimulatedCrashException(string message)
        : base(message)
    {
    }

    public SimulatedCrashException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
