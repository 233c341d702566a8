using System.Collections.Concurrent;
using PsFunctions.Sync.Messaging;

namespace PsFunctions.Sync.Tests.Harness;

/// <summary>
/// The visibility delay of a sent message made observable: a message sent with a delay (a deferral, a claim wait) is
/// held here with the time it is due on the engine's clock, instead of waiting it out in Azurite; the test sees what
/// was put back and for how long, moves the clock and releases what is due into the real queue. Messages without a
/// delay go straight through. One test drives it at a time (not thread-safe for release).
/// </summary>
internal sealed class DelayedMessages(TimeProvider time)
{
    private readonly ConcurrentQueue<Held> _held = new();
    private readonly List<Held> _released = [];
    private IWorkQueue? _inner;

    private DateTimeOffset Now => time.GetUtcNow();

    /// <summary>One message held back: its queue and text, the delay it was sent with, and when it is due.</summary>
    public sealed record Held(string Queue, string Text, TimeSpan Delay, DateTimeOffset DueAt);

    /// <summary>Every message sent with a delay so far, released or not, oldest first.</summary>
    public IReadOnlyList<Held> All => [.. _released, .. _held];

    /// <summary>Messages not yet released.</summary>
    public IReadOnlyList<Held> Waiting => [.. _held];

    /// <summary>When the next held message is due; null when none is held.</summary>
    public DateTimeOffset? NextDue => _held.IsEmpty ? null : _held.Min(held => held.DueAt);

    /// <summary>The queue port the engine sees: the harness's queue (with its crash points) behind the delay line.</summary>
    public IWorkQueue Around(IWorkQueue inner)
    {
        _inner = inner;
        return new Line(this, inner);
    }

    /// <summary>Sends every held message that is due by the engine's clock to its queue, visible at once; returns how many.</summary>
    public Task<int> ReleaseDueAsync() => ReleaseAsync(time.GetUtcNow());

    /// <summary>Sends every held message to its queue, visible at once, as if its delay had passed; returns how many.</summary>
    public Task<int> ReleaseAllAsync() => ReleaseAsync(DateTimeOffset.MaxValue);

    private async Task<int> ReleaseAsync(DateTimeOffset now)
    {
        var count = _held.Count;
        var released = 0;
        for (var i = 0; i < count && _held.TryDequeue(out var held); i++)
        {
            if (held.DueAt > now)
            {
                _held.Enqueue(held);
                continue;
            }

            await _inner!.EnqueueAsync(held.Queue, held.Text);
            _released.Add(held);

            released++;
        }

        return released;
    }

    private sealed class Line(DelayedMessages owner, IWorkQueue inner) : IWorkQueue
    {
        public Task EnqueueAsync(string queueName, string message, TimeSpan? visibilityDelay = null, CancellationToken cancellationToken = default)
        {
            if (visibilityDelay is not { } delay || delay <= TimeSpan.Zero)
            {
                return inner.EnqueueAsync(queueName, message, visibilityDelay, cancellationToken);
            }

            owner._held.Enqueue(new Held(queueName, message, delay, owner.Now + delay));
            return Task.CompletedTask;
        }
    }
}
