using System.Collections.Concurrent;

namespace PsFunctions.Azure.Storage.Queues;

/// <summary>The counts of one drain while its receivers run at once.</summary>
internal sealed class QueueTally
{
    private readonly ConcurrentQueue<Exception> _failures = new();
    private int _done;
    private int _retried;
    private int _poisoned;
    private int _leaseLost;

    public int Handled => Volatile.Read(ref _done) + Volatile.Read(ref _retried) + Volatile.Read(ref _poisoned);

    public void Done() => Interlocked.Increment(ref _done);

    public void Failed(Exception error) => _failures.Enqueue(error);

    public void Retried() => Interlocked.Increment(ref _retried);

    public void Poisoned() => Interlocked.Increment(ref _poisoned);

    public void LeaseLost() => Interlocked.Increment(ref _leaseLost);

    public QueueCounts ToCounts() => new(_done, _retried, _poisoned, _leaseLost, [.. _failures]);
}
