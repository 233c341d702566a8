using System.Diagnostics;
using PowerSchool.Client.Tests.Sis.Students;
using PsFunctions.Testing;

namespace PowerSchool.Client.Tests.Resilience;

public sealed class RetryTests
{
    private const string Count = "GET /ws/v1/district/student/count";
    private const string StudentPost = "POST /ws/v1/student";
    private static readonly string[] CountOnly = [Count];
    private static readonly string[] PostOnly = [StudentPost];
    private static readonly string[] PagesOnly = ["GET /ws/v1/district/student"];

    [Fact]
    public async Task A_429_is_retried_after_the_Retry_After_it_names()
    {
        await using var sim = await SimulatorHost.StartAsync();
        await using var clients = ClientHarness.Create(sim, o => o.Resilience.MaxRetryAttempts = 2);
        await sim.SetFaultsAsync(new { tooManyRequestsRate = 1.0, retryAfterSeconds = 1, endpoints = CountOnly });

        var timer = Stopwatch.StartNew();
        var error = await Assert.ThrowsAsync<PowerSchoolUnavailableException>(() => clients.Sis.CountStudentsAsync());
        timer.Stop();

        // Two retries, each after the 1 s Retry-After (the base delay is 5 ms, so only the header explains the wait).
        Assert.Equal(3, await sim.GetCounterAsync(Count));
        Assert.True(timer.ElapsedMilliseconds >= 1900, $"retried after {timer.ElapsedMilliseconds} ms");
        Assert.True(error.IsTransient);
    }

    [Fact]
    public async Task A_call_waiting_out_a_Retry_After_leaves_its_concurrency_slot_to_other_calls()
    {
        await using var sim = await SimulatorHost.StartAsync();
        await using var clients = ClientHarness.Create(sim, o => { o.MaxConcurrency = 1; o.Resilience.MaxRetryAttempts = 3; });
        await sim.SetFaultsAsync(new { serviceUnavailableRate = 1.0, retryAfterSeconds = 2, endpoints = CountOnly });

        var retrying = clients.Sis.CountStudentsAsync();
        while (await sim.GetCounterAsync(Count) == 0)
        {
            // Wait for the signal: the first attempt was answered 503 and the call is now in its Retry-After.
            await Task.Delay(10);
        }

        var schools = 0;
        await foreach (var _ in clients.Sis.GetSchoolsAsync())
        {
            schools++;
        }

        // With the only slot held for the whole call, the schools would have waited for all four attempts.
        Assert.False(retrying.IsCompleted, "the school read waited for the retrying call to give up");
        Assert.True(schools > 0);
        await Assert.ThrowsAsync<PowerSchoolUnavailableException>(() => retrying);
    }

    [Fact]
    public async Task A_burst_of_503s_is_recovered()
    {
        await using var sim = await SimulatorHost.StartAsync();
        await using var clients = ClientHarness.Create(sim, o => o.Resilience.MaxRetryAttempts = 6);
        await sim.SetFaultsAsync(new { serviceUnavailableRate = 0.5, retryAfterSeconds = 1, seed = 11, endpoints = PagesOnly });

        var read = 0;
        await foreach (var _ in clients.Sis.GetStudentsAsync())
        {
            read++;
        }

        Assert.Equal(SimulatorHost.DefaultStudents, read);
        Assert.True(await sim.GetCounterAsync("GET /ws/v1/district/student") > 3, "no 503 was injected");
    }

    [Fact]
    public async Task A_dropped_insert_surfaces_as_outcome_unknown_without_a_second_post()
    {
        await using var sim = await SimulatorHost.StartAsync();
        await using var clients = ClientHarness.Create(sim);
        await sim.SetFaultsAsync(new { dropConnectionRate = 1.0, endpoints = PostOnly });

        var error = await Assert.ThrowsAsync<PowerSchoolOutcomeUnknownException>(() => clients.Sis.WriteStudentsAsync([StudentBuilder.Insert("Quill")]));

        Assert.Equal(1, await sim.GetCounterAsync(StudentPost));
        Assert.Equal(["1"], error.UnknownClientUids);
    }

    [Fact]
    public async Task A_500_on_insert_is_not_retried()
    {
        await using var sim = await SimulatorHost.StartAsync();
        await using var clients = ClientHarness.Create(sim);
        await sim.SetFaultsAsync(new { serverErrorRate = 1.0, endpoints = PostOnly });

        await Assert.ThrowsAsync<PowerSchoolOutcomeUnknownException>(() => clients.Sis.WriteStudentsAsync([StudentBuilder.Insert("Quill")]));

        Assert.Equal(1, await sim.GetCounterAsync(StudentPost));
    }

    [Fact]
    public async Task A_503_on_insert_is_retried_because_the_server_did_not_process_it()
    {
        await using var sim = await SimulatorHost.StartAsync();
        await using var clients = ClientHarness.Create(sim, o => o.Resilience.MaxRetryAttempts = 1);
        await sim.SetFaultsAsync(new { serviceUnavailableRate = 1.0, retryAfterSeconds = 1, endpoints = PostOnly });

        await Assert.ThrowsAsync<PowerSchoolUnavailableException>(() => clients.Sis.WriteStudentsAsync([StudentBuilder.Insert("Quill")]));

        Assert.Equal(2, await sim.GetCounterAsync(StudentPost));
    }

    [Fact]
    public async Task A_dropped_read_is_retried()
    {
        await using var sim = await SimulatorHost.StartAsync();
        await using var clients = ClientHarness.Create(sim, o => o.Resilience.MaxRetryAttempts = 2);
        await sim.SetFaultsAsync(new { dropConnectionRate = 1.0, endpoints = CountOnly });

        await Assert.ThrowsAsync<PowerSchoolUnavailableException>(() => clients.Sis.CountStudentsAsync());

        Assert.Equal(3, await sim.GetCounterAsync(Count));
    }
}
