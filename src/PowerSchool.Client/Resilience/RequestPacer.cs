using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using PowerSchool.Client.Sis;

namespace PowerSchool.Client.Resilience;

/// <summary>
/// PowerSchool's "minimum time interval (ms) between API requests per plugin": one pacer per process gives every SIS
/// request (each retry, each 401 re-send and each token request included) a start at least
/// <see cref="SisClientOptions.MinRequestIntervalMs"/> plus <see cref="Margin"/> after the previous one. A turn is
/// taken only when the request is about to leave (see <see cref="PacingHandler"/>), so waits elsewhere cannot bunch
/// two turns' requests together.
/// </summary>
internal sealed class RequestPacer : IDisposable
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly TimeProvider _time;
    private long? _lastStart;

    public RequestPacer(
        IOptions<SisClientOptions> options,
        [FromKeyedServices(PowerSchoolResiliencePipeline.ClockKey)] TimeProvider time,
        ILogger<RequestPacer> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(time);
        _time = time;
        var interval = TimeSpan.FromMilliseconds(options.Value.MinRequestIntervalMs);
        Spacing = interval > TimeSpan.Zero ? interval + Margin(interval) : TimeSpan.Zero;
        if (Spacing > TimeSpan.Zero)
        {
            Log.PacingRequests(logger, options.Value.MinRequestIntervalMs, (long)Spacing.TotalMilliseconds);
        }
    }

    /// <summary>The time between two request starts: zero when the district sets no interval.</summary>
    public TimeSpan Spacing { get; }

    /// <summary>
    /// What the pacer adds to the district's interval: the interval is measured where PowerSchool receives requests,
    /// and two requests that leave exactly one interval apart can arrive closer (connection set-up, scheduling, network).
    /// 5 % of the interval, at least 10 ms. A request refused all the same is retried after the wait PowerSchool names.
    /// </summary>
    public static TimeSpan Margin(TimeSpan interval) => TimeSpan.FromTicks(Math.Max(interval.Ticks / 20, TimeSpan.TicksPerMillisecond * 10));

    /// <summary>
    /// Waits for this request's turn: one caller at a time (first come, first served) waits until a spacing has passed
    /// since the last request left, then leaves and marks that moment. The moment is read when the caller really goes
    /// on, not when its timer was due, so a late timer or a busy thread pool cannot send two requests together.
    /// A cancelled wait takes no turn.
    /// </summary>
    public async ValueTask WaitTurnAsync(CancellationToken cancellationToken)
    {
        if (Spacing == TimeSpan.Zero)
        {
            return;
        }

        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            for (var left = Left(); left > TimeSpan.Zero; left = Left())
            {
                await Task.Delay(left, _time, cancellationToken).ConfigureAwait(false);
            }

            _lastStart = _time.GetTimestamp();
        }
        finally
        {
            _gate.Release();
        }
    }

    public void Dispose() => _gate.Dispose();

    private TimeSpan Left() => _lastStart is { } last ? Spacing - _time.GetElapsedTime(last) : TimeSpan.Zero;
}
