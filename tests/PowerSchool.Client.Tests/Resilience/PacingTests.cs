using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using PowerSchool.Simulator.Faults;
using PsFunctions.Testing;

namespace PowerSchool.Client.Tests.Resilience;

/// <summary>
/// <c>PowerSchool:Sis:MinRequestIntervalMs</c> against the simulator's per-plugin throttle over loopback. The simulator
/// and the pacer share one <see cref="RetryClock"/>; the test moves it over each pacer wait only once every request
/// that left before has reached the throttle, so each request is timed where it left the pacer and no wall-clock
/// jitter of a loaded machine decides the result. Retries are off, so a refusal is neither hidden nor waited out.
/// </summary>
public sealed class PacingTests
{
    private const int IntervalMs = 50;
    private const int Burst = 30;

    private readonly RetryClock _clock = new();

    [Fact]
    public async Task A_burst_at_full_concurrency_paced_to_the_district_interval_gets_no_request_refused()
    {
        await using var sim = await StartSimulatorAsync();
        await using var clients = Clients(sim, IntervalMs);
        var started = _clock.GetUtcNow();

        var burst = Task.WhenAll(Enumerable.Range(0, Burst).Select(_ => clients.Sis.CountStudentsAsync()));
        await MoveTimeOverPacerWaitsAsync(sim, burst);

        Assert.All(await burst, count => Assert.True(count > 0));
        Assert.Equal(Burst, await sim.GetCounterAsync("GET /ws/v1/district/student/count"));
        Assert.Equal(0, await sim.GetThrottledAsync());
        // The token request, then the 30 reads, each one spacing (50 ms + the 10 ms margin) after the one before.
        Assert.Equal(TimeSpan.FromMilliseconds(60 * Burst), _clock.GetUtcNow() - started);
    }

    [Fact]
    public async Task The_same_burst_unpaced_is_refused_by_the_throttle()
    {
        await using var sim = await StartSimulatorAsync();
        await using var clients = Clients(sim, 0);

        var calls = Enumerable.Range(0, Burst).Select(_ => clients.Sis.CountStudentsAsync()).ToList();
        await Task.WhenAll(calls).ContinueWith(_ => { }, TaskScheduler.Default);

        // Time stands still: the first read is served, every other one is refused.
        Assert.Equal(Burst - 1, calls.Count(call => call.Exception?.InnerException is PowerSchoolUnavailableException));
        Assert.Equal(Burst - 1, await sim.GetThrottledAsync());
    }

    // The n-th pacer wait comes after n requests left the pacer (the first goes at once, each later one waits once).
    private async Task MoveTimeOverPacerWaitsAsync(SimulatorHost sim, Task burst)
    {
        var counters = sim.Services.GetRequiredService<RequestCounters>();
        for (var left = 1; ; left++)
        {
            var wait = _clock.NextWaitAsync();
            if (await Task.WhenAny(wait, burst) == burst)
            {
                return;
            }

            var waitFor = await wait;
            var waited = Stopwatch.StartNew();
            while (counters.Snapshot().Values.Sum() < left)
            {
                Assert.True(waited.Elapsed < RetryClock.Hang, $"request {left} never reached the simulator");
                await Task.Yield();
            }

            _clock.Advance(waitFor);
        }
    }

    private Task<SimulatorHost> StartSimulatorAsync() =>
        SimulatorHost.StartAsync([new("Simulator:Faults:MinRequestIntervalMs", $"{IntervalMs}")], _clock);

    private ClientHarness Clients(SimulatorHost sim, int intervalMs) => ClientHarness.Create(
        sim, o => { o.MinRequestIntervalMs = intervalMs; o.MaxConcurrency = 4; o.Resilience.MaxRetryAttempts = 0; }, retryClock: _clock);
}
