using System.Net;
using Microsoft.Extensions.Time.Testing;
using PsFunctions.Testing;

namespace PowerSchool.Simulator.Tests.Faults;

public sealed class FaultTests
{
    private static readonly Uri Metadata = new("ws/v1/metadata", UriKind.Relative);
    private static readonly string[] CountOnly = ["GET /ws/v1/district/student/count"];

    [Fact]
    public async Task Server_error_rate_of_one_fails_every_ws_call_but_never_the_admin_api()
    {
        await using var sim = await SimulatorHost.StartAsync();
        using var client = await sim.CreateAuthorizedClientAsync();
        await sim.SetFaultsAsync(new { serverErrorRate = 1.0 });

        using var faulted = await client.GetAsync(Metadata);
        using var admin = await sim.Admin.GetAsync(new Uri("_sim/counters", UriKind.Relative));

        Assert.Equal(HttpStatusCode.InternalServerError, faulted.StatusCode);
        Assert.Equal(HttpStatusCode.OK, admin.StatusCode);
    }

    [Fact]
    public async Task Too_many_requests_fault_sends_retry_after()
    {
        await using var sim = await SimulatorHost.StartAsync();
        using var client = await sim.CreateAuthorizedClientAsync();
        await sim.SetFaultsAsync(new { tooManyRequestsRate = 1.0, retryAfterSeconds = 7 });

        using var response = await client.GetAsync(Metadata);

        Assert.Equal(HttpStatusCode.TooManyRequests, response.StatusCode);
        Assert.Equal(TimeSpan.FromSeconds(7), response.Headers.RetryAfter?.Delta);
    }

    [Fact]
    public async Task Service_unavailable_fault_answers_503()
    {
        await using var sim = await SimulatorHost.StartAsync([new("Simulator:Faults:ServiceUnavailableRate", "1")]);
        using var client = sim.CreateClient();

        using var response = await client.PostAsync(new Uri("oauth/access_token", UriKind.Relative), null);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
    }

    [Fact]
    public async Task Dropped_connection_fault_aborts_the_request()
    {
        await using var sim = await SimulatorHost.StartAsync();
        using var client = await sim.CreateAuthorizedClientAsync();
        await sim.SetFaultsAsync(new { dropConnectionRate = 1.0 });

        await Assert.ThrowsAsync<HttpRequestException>(() => client.GetAsync(Metadata));
    }

    [Fact]
    public async Task Faults_scoped_to_enrollment_leave_the_sis_alone()
    {
        await using var sim = await SimulatorHost.StartAsync();
        using var client = await sim.CreateAuthorizedClientAsync();
        await sim.SetFaultsAsync(new { serverErrorRate = 1.0, scope = "Enrollment" });

        using var response = await client.GetAsync(Metadata);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Faults_limited_to_one_endpoint_leave_the_others_alone()
    {
        await using var sim = await SimulatorHost.StartAsync();
        using var client = await sim.CreateAuthorizedClientAsync();
        await sim.SetFaultsAsync(new { serverErrorRate = 1.0, endpoints = CountOnly });

        using var untouched = await client.GetAsync(Metadata);
        using var faulted = await client.GetAsync(new Uri("ws/v1/district/student/count", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, untouched.StatusCode);
        Assert.Equal(HttpStatusCode.InternalServerError, faulted.StatusCode);
    }

    [Fact]
    public async Task Token_revocation_fault_makes_the_call_401()
    {
        await using var sim = await SimulatorHost.StartAsync();
        using var client = await sim.CreateAuthorizedClientAsync();
        await sim.SetFaultsAsync(new { tokenRevocationRate = 1.0 });

        using var response = await client.GetAsync(Metadata);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Plugin_throttle_refuses_a_request_sooner_than_the_minimum_interval()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 9, 1, 8, 0, 0, TimeSpan.Zero));
        await using var sim = await SimulatorHost.StartAsync([new("Simulator:Faults:MinRequestIntervalMs", "2000")], clock);
        using var client = await sim.CreateAuthorizedClientAsync();

        using var first = await client.GetAsync(Metadata);
        using var tooSoon = await client.GetAsync(Metadata);
        clock.Advance(TimeSpan.FromSeconds(2));
        using var later = await client.GetAsync(Metadata);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, tooSoon.StatusCode);
        Assert.Equal(TimeSpan.FromSeconds(2), tooSoon.Headers.RetryAfter?.Delta);
        Assert.Equal(HttpStatusCode.OK, later.StatusCode);
        Assert.Equal(1, await sim.GetThrottledAsync());
    }

    [Fact]
    public async Task Slow_body_fault_still_delivers_the_whole_body()
    {
        await using var sim = await SimulatorHost.StartAsync();
        using var client = await sim.CreateAuthorizedClientAsync();
        using var normal = await client.GetAsync(Metadata);
        var expected = await normal.Content.ReadAsStringAsync();
        await sim.SetFaultsAsync(new { slowBodyRate = 1.0, slowBodyChunkDelayMs = 20 });

        using var slow = await client.GetAsync(Metadata);

        Assert.Equal(HttpStatusCode.OK, slow.StatusCode);
        Assert.Equal(expected, await slow.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Same_seed_and_rate_fail_the_same_requests()
    {
        await using var sim = await SimulatorHost.StartAsync();
        using var client = await sim.CreateAuthorizedClientAsync();

        async Task<List<HttpStatusCode>> RunAsync()
        {
            await sim.SetFaultsAsync(new { serverErrorRate = 0.5, seed = 42 });
            var codes = new List<HttpStatusCode>();
            for (var i = 0; i < 12; i++)
            {
                using var response = await client.GetAsync(Metadata);
                codes.Add(response.StatusCode);
            }

            return codes;
        }

        var first = await RunAsync();
        var second = await RunAsync();

        Assert.Equal(first, second);
        Assert.Contains(HttpStatusCode.InternalServerError, first);
        Assert.Contains(HttpStatusCode.OK, first);
    }

    [Fact]
    public async Task Invalid_fault_settings_are_refused_with_the_rule()
    {
        await using var sim = await SimulatorHost.StartAsync();
        using var response = await sim.Admin.PutAsync(new Uri("_sim/faults", UriKind.Relative), Support.Requests.Json("""{"serverErrorRate": 2}"""));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("ServerErrorRate", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
