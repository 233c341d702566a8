using System.Collections.Concurrent;
using System.Threading.Channels;
using Microsoft.Extensions.Time.Testing;
using PowerSchool.Client.Resilience;

namespace PowerSchool.Client.Tests.Resilience;

/// <summary>
/// The clock the resilience pipeline waits on in retry tests (registered under
/// <see cref="PowerSchoolResiliencePipeline.ClockKey"/>): a <see cref="FakeTimeProvider"/> that tells the test
/// each retry wait the pipeline starts, so the test moves time over it instead of sleeping. A wait is a timer
/// shorter than the attempt timeout; the timeouts' own timers never fire, because the clock only moves by the
/// retry waits it reported. Once the test is over (<see cref="LetTimeRun"/>), every wait ends as it starts.
/// </summary>
internal sealed class RetryClock : FakeTimeProvider
{
    /// <summary>How long a test waits for what should happen at once before it fails instead of hanging; never reached when it passes.</summary>
    public static readonly TimeSpan Hang = TimeSpan.FromSeconds(30);

    private static readonly TimeSpan ShortestTimeout = new PowerSchoolResilienceOptions().AttemptTimeout;

    private readonly Channel<TimeSpan> _started = Channel.CreateUnbounded<TimeSpan>();
    private readonly ConcurrentQueue<TimeSpan> _waits = new();
    private volatile bool _running;

    /// <summary>Every retry wait the pipeline started, in order.</summary>
    public IReadOnlyCollection<TimeSpan> Waits => _waits;

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        var timer = base.CreateTimer(callback, state, dueTime, period);
        if (dueTime > TimeSpan.Zero && dueTime < ShortestTimeout)
        {
            if (_running)
            {
                Advance(dueTime);
                return timer;
            }

            _waits.Enqueue(dueTime);
            _started.Writer.TryWrite(dueTime);
        }

        return timer;
    }

    /// <summary>
    /// Ends the test's control of time: whatever waits now ends, and every wait started later ends at once, so
    /// calls a failed test left behind finish and the pipelines can be disposed (they wait for their calls).
    /// </summary>
    public void LetTimeRun()
    {
        _running = true;
        Advance(TimeSpan.FromHours(1));
    }

    /// <summary>The next retry wait the pipeline starts (time stands still until the test moves it).</summary>
    public async Task<TimeSpan> NextWaitAsync(CancellationToken cancellationToken = default) =>
        await _started.Reader.ReadAsync(cancellationToken).AsTask().WaitAsync(Hang, cancellationToken);

    /// <summary>Runs <paramref name="call"/> to its end, moving time over each retry wait as soon as it starts.</summary>
    public async Task<T> RunAsync<T>(Task<T> call)
    {
        await RunAsync((Task)call);
        return await call;
    }

    /// <inheritdoc cref="RunAsync{T}(Task{T})"/>
    public async Task RunAsync(Task call)
    {
        ArgumentNullException.ThrowIfNull(call);
        using var done = new CancellationTokenSource();
        try
        {
            var next = NextWaitAsync(done.Token);
            while (await Task.WhenAny(call, next) != call)
            {
                Advance(await next);
                next = NextWaitAsync(done.Token);
            }
        }
        finally
        {
            // The call is over: the read still pending must not take a wait a later read is for.
            await done.CancelAsync();
        }

        await call;
    }
}
