namespace PsFunctions.Azure.Storage.Queues;

/// <summary>
/// What became of the messages one drain received: deleted after their handler succeeded, made visible again after
/// a failure, moved to the poison queue, or settled by another receiver because the lease was lost. <see cref="Failures"/>
/// holds the handlers' exceptions (retried and poisoned deliveries), oldest first.
/// </summary>
public sealed record QueueCounts(int Done, int Retried, int Poisoned, int LeaseLost, IReadOnlyList<Exception> Failures)
{
    public static QueueCounts None { get; } = new(0, 0, 0, 0, []);

    /// <summary>Messages this drain settled itself, whatever the outcome.</summary>
    public int Handled => Done + Retried + Poisoned;

    /// <summary>The counts of this drain and <paramref name="other"/> together.</summary>
    public QueueCounts Add(QueueCounts other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return new QueueCounts(
            Done + other.Done, Retried + other.Retried, Poisoned + other.Poisoned, LeaseLost + other.LeaseLost, [.. Failures, .. other.Failures]);
    }
}
