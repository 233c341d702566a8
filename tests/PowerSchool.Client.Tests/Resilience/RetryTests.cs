using PowerSchool.Client.Sis;
using PowerSchool.Client.Tests.Sis.Students;
using PsFunctions.Testing;

namespace PowerSchool.Client.Tests.Resilience;

/// <summary>
/// What the pipeline retries, and how long it waits, against the simulator's faults. Retries wait on a
/// <see cref="RetryClock"/> the test moves, so no test waits on the wall clock.
/// </summary>
public sealed class RetryTests
{
    private const string Count = "GET /ws/v1/district/student/count";
    private const string StudentPost = "POST /ws/v1/student";
    private static readonly string[] CountOnly = [Count];
    private static readonly string[] PostOnly = [StudentPost];
    private static readonly string[] PagesOnly = ["GET /ws/v1/district/student"];

    private readonly RetryClock _clock = new();

    [Fact]
    public async Task A_429_is_retried_after_the_Retry_After_it_names()
    {
        await using var sim = await SimulatorHost.StartAsync();
        await using var clients = Clients(sim, o => o.Resilience.MaxRetryAttempts = 2);
        await sim.SetFaultsAsync(new { tooManyRequestsRate = 1.0, retryAfterSeconds = 1, endpoints = CountOnly });

        var error = await Assert.ThrowsAsync<PowerSchoolUnavailableException>(() => _clock.RunAsync(clients.Sis.CountStudentsAsync()));

        // Two retries, each after the 1 s Retry-After (the base delay is 5 ms, so only the header explains the wait).
        Assert.Equal(3, await sim.GetCounterAsync(Count));
        Assert.Equal([TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(1)], _clock.Waits);
        Assert.True(error.IsTransient);
    }

    [Theory]
    [InlineData(429)]
    [InlineData(503)]
    public async Task A_throttle_without_Retry_After_is_retried_after_the_seconds_its_message_names(int status)
    {
        // The plugin's minimum request interval: the simulator's clock stands still, so every retry is refused again.
        var simClock = new Microsoft.Extensions.Time.Testing.FakeTimeProvider(new DateTimeOffset(2026, 9, 1, 8, 0, 0, TimeSpan.Zero));
        await using var sim = await SimulatorHost.StartAsync(
        [
            new("Simulator:Faults:MinRequestIntervalMs", "7000"),
            new("Simulator:Faults:ThrottleStatusCode", status.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            new("Simulator:Faults:ThrottleRetryAfterHeader", "false"),
        ], simClock);
        await using var clients = Clients(sim, o => o.Resilience.MaxRetryAttempts = 2);
        await clients.Sis.CountStudentsAsync(); // the first /ws request opens the interval

        await Assert.ThrowsAsync<PowerSchoolUnavailableException>(() => _clock.RunAsync(clients.Sis.CountStudentsAsync()));

        // The base delay is 5 ms: only the "wait 7 seconds" of the message explains these waits.
        Assert.Equal([TimeSpan.FromSeconds(7), TimeSpan.FromSeconds(7)], _clock.Waits);
    }

    [Fact]
    public async Task A_call_waiting_out_a_Retry_After_leaves_its_concurrency_slot_to_other_calls()
    {
        await using var sim = await SimulatorHost.StartAsync();
        await using var clients = Clients(sim, o => { o.MaxConcurrency = 1; o.Resilience.MaxRetryAttempts = 3; });
        await sim.SetFaultsAsync(new { serviceUnavailableRate = 1.0, retryAfterSeconds = 2, endpoints = CountOnly });

        var retrying = clients.Sis.CountStudentsAsync();
        // The first attempt was answered 503 and the call is now in its Retry-After; time stands still there.
        Assert.Equal(TimeSpan.FromSeconds(2), await _clock.NextWaitAsync());

        // With the only slot held for the whole call, this read would wait for a Retry-After that never ends.
        var schools = clients.Sis.GetSchoolsAsync().CountAsync().AsTask();
        var readDuringTheWait = await Task.WhenAny(schools, Task.Delay(RetryClock.Hang)) == schools;

        Assert.True(readDuringTheWait, "the school read waited for the retrying call: it held its concurrency slot");
        Assert.False(retrying.IsCompleted);
        Assert.True(await schools > 0);
        _clock.Advance(TimeSpan.FromSeconds(2));
        await Assert.ThrowsAsync<PowerSchoolUnavailableException>(() => _clock.RunAsync(retrying));
        Assert.Equal(4, await sim.GetCounterAsync(Count));
    }

    [Fact]
    public async Task A_burst_of_503s_is_recovered()
    {
        await using var sim = await SimulatorHost.StartAsync();
        await using var clients = Clients(sim, o => o.Resilience.MaxRetryAttempts = 6);
        await sim.SetFaultsAsync(new { serviceUnavailableRate = 0.5, retryAfterSeconds = 1, seed = 11, endpoints = PagesOnly });

        var read = await _clock.RunAsync(clients.Sis.GetStudentsAsync().CountAsync().AsTask());

        Assert.Equal(SimulatorHost.DefaultStudents, read);
        Assert.True(await sim.GetCounterAsync("GET /ws/v1/district/student") > 3, "no 503 was injected");
        Assert.NotEmpty(_clock.Waits);
    }

    [Fact]
    public async Task A_dropped_insert_surfaces_as_outcome_unknown_without_a_second_post()
    {
        await using var sim = await SimulatorHost.StartAsync();
        await using var clients = Clients(sim);
        await sim.SetFaultsAsync(new { dropConnectionRate = 1.0, endpoints = PostOnly });

        var error = await Assert.ThrowsAsync<PowerSchoolOutcomeUnknownException>(
            () => _clock.RunAsync(clients.Sis.WriteStudentsAsync([StudentBuilder.Insert("Quill")])));

        Assert.Equal(1, await sim.GetCounterAsync(StudentPost));
        Assert.Equal(["1"], error.UnknownClientUids);
        Assert.Empty(_clock.Waits);
    }

    [Fact]
    public async Task A_500_on_insert_is_not_retried()
    {
        await using var sim = await SimulatorHost.StartAsync();
        await using var clients = Clients(sim);
        await sim.SetFaultsAsync(new { serverErrorRate = 1.0, endpoints = PostOnly });

        await Assert.ThrowsAsync<PowerSchoolOutcomeUnknownException>(() => _clock.RunAsync(clients.Sis.WriteStudentsAsync([StudentBuilder.Insert("Quill")])));

        Assert.Equal(1, await sim.GetCounterAsync(StudentPost));
        Assert.Empty(_clock.Waits);
    }

    [Fact]
    public async Task A_503_on_insert_is_retried_because_the_server_did_not_process_it()
    {
        await using var sim = await SimulatorHost.StartAsync();
        await using var clients = Clients(sim, o => o.Resilience.MaxRetryAttempts = 1);
        await sim.SetFaultsAsync(new { serviceUnavailableRate = 1.0, retryAfterSeconds = 1, endpoints = PostOnly });

        await Assert.ThrowsAsync<PowerSchoolUnavailableException>(() => _clock.RunAsync(clients.Sis.WriteStudentsAsync([StudentBuilder.Insert("Quill")])));

        Assert.Equal(2, await sim.GetCounterAsync(StudentPost));
        Assert.Equal([TimeSpan.FromSeconds(1)], _clock.Waits);
    }

    [Fact]
    public async Task A_dropped_read_is_retried()
    {
        await using var sim = await SimulatorHost.StartAsync();
        await using var clients = Clients(sim, o => o.Resilience.MaxRetryAttempts = 2);
        await sim.SetFaultsAsync(new { dropConnectionRate = 1.0, endpoints = CountOnly });

        var error = await Assert.ThrowsAsync<PowerSchoolUnavailableException>(() => _clock.RunAsync(clients.Sis.CountStudentsAsync()));

        // What the pipeline logged of each attempt explains a count that differs (which exception, which attempt).
        var attempts = $"{error.InnerException?.GetType().Name}: {error.InnerException?.Message}\n"
            + string.Join("\n", clients.Logs.GetSnapshot().Where(record => record.Id.Id is >= 1001 and <= 1099).Select(record => $"{record.Id.Id} {record.Message}"));
        Assert.True(await sim.GetCounterAsync(Count) == 3, $"{await sim.GetCounterAsync(Count)} requests reached the simulator, not 3:\n{attempts}");
        // Retries are counted from the pipeline's log, not from the clock: a jittered wait can come out as 0 ms,
        // and a zero wait starts no timer (CI once saw "retry 2 in 0 ms" and one clock wait).
        var retries = clients.Logs.GetSnapshot().Count(record => record.Id.Id == 1006);
        Assert.True(retries == 2, $"{retries} retries logged, not 2:\n{attempts}");
    }

    private ClientHarness Clients(SimulatorHost sim, Action<SisClientOptions>? sis = null) =>
        ClientHarness.Create(sim, sis, retryClock: _clock);
}
