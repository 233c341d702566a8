using Microsoft.Extensions.Options;
using PowerSchool.Simulator.Hosting;

namespace PowerSchool.Simulator.Faults;

/// <summary>
/// The fault settings in force and the seeded dice they roll. Replacing the settings re-seeds the dice,
/// so the same settings and the same request sequence give the same faults. Reset returns to start-up settings.
/// </summary>
public sealed class FaultState(IOptions<FaultSettings> startup, TimeProvider time) : IResettable
{
    private readonly Lock _gate = new();
    private FaultSettings _settings = startup.Value;
    private Random _dice = new(startup.Value.Seed);
    private DateTimeOffset? _lastSisRequest;

    public FaultSettings Settings
    {
        get
        {
            lock (_gate)
            {
                return _settings;
            }
        }
    }

    public void Replace(FaultSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        lock (_gate)
        {
            _settings = settings;
            _dice = new Random(settings.Seed);
            _lastSisRequest = null;
        }
    }

    public void Reset() => Replace(startup.Value);

    /// <summary>Draws the faults for one request, in a fixed order so runs repeat.</summary>
    public FaultDraw Draw(bool throttled)
    {
        lock (_gate)
        {
            var s = _settings;
            var jitter = s.LatencyJitterMs > 0 ? _dice.Next(0, s.LatencyJitterMs + 1) : 0;
            return new FaultDraw(
                TimeSpan.FromMilliseconds(s.LatencyMs + jitter),
                Roll(s.DropConnectionRate),
                Roll(s.TooManyRequestsRate),
                Roll(s.ServiceUnavailableRate),
                Roll(s.ServerErrorRate),
                Roll(s.SlowBodyRate),
                Roll(s.TokenRevocationRate),
                throttled ? Throttle(s) : TimeSpan.Zero);
        }
    }

    private bool Roll(double rate) => rate > 0 && _dice.NextDouble() < rate;

    // PowerSchool rejects a plugin's request that comes sooner than the minimum interval after its last one.
    private TimeSpan Throttle(FaultSettings s)
    {
        if (s.MinRequestIntervalMs <= 0)
        {
            return TimeSpan.Zero;
        }

        var now = time.GetUtcNow();
        var interval = TimeSpan.FromMilliseconds(s.MinRequestIntervalMs);
        if (_lastSisRequest is { } last && now - last < interval)
        {
            return interval - (now - last);
        }

        _lastSisRequest = now;
        return TimeSpan.Zero;
    }
}
