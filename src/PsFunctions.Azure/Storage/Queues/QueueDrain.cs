namespace PsFunctions.Azure.Storage.Queues;

/// <summary>How one call of <see cref="StorageQueueProcessor.DrainAsync"/> runs: how many receivers, and when it ends.</summary>
public sealed record QueueDrain
{
    /// <summary>One receiver, ending once a receive finds nothing visible (messages waiting out a delay stay for later).</summary>
    public static QueueDrain Visible { get; } = new();

    /// <summary>Receivers working at once; each takes up to <c>Sync:Queues:BatchSize</c> messages a receive and handles them together.</summary>
    public int Receivers { get; init; } = 1;

    /// <summary>
    /// Ends only when the queue holds no message at all: none visible, none in flight with another receiver, none
    /// waiting out a retry or visibility delay (an idle receiver looks again every <c>QueueProcessor:IdlePollInterval</c>).
    /// </summary>
    public bool UntilEmpty { get; init; }

    /// <summary>
    /// A handler exception this matches ends the drain as a crash would: the message it was handling, and every other
    /// one in hand, becomes visible again at once (not retried or poisoned), and the exception is thrown to the caller.
    /// For tests that stop the engine at a crash point.
    /// </summary>
    public Func<Exception, bool>? StopOn { get; init; }

    /// <summary>Every message until the queue is empty, with <paramref name="receivers"/> receivers.</summary>
    public static QueueDrain UntilQueueEmpty(int receivers = 1)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(receivers, 1);
        return new QueueDrain { Receivers = receivers, UntilEmpty = true };
    }
}
