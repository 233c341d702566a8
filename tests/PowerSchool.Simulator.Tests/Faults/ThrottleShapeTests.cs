using System.Net;
using System.Text.Json;
using Microsoft.Extensions.Time.Testing;
using PsFunctions.Testing;

namespace PowerSchool.Simulator.Tests.Faults;

/// <summary>
/// PowerSchool documents only that a request inside the plugin's minimum interval is refused with a message saying
/// there are too many requests and how many seconds to wait: status and headers are the simulator's settings.
/// </summary>
public sealed class ThrottleShapeTests
{
    private static readonly Uri Metadata = new("ws/v1/metadata", UriKind.Relative);

    [Fact]
    public async Task A_503_throttle_without_Retry_After_says_the_seconds_in_its_message()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 9, 1, 8, 0, 0, TimeSpan.Zero));
        await using var sim = await SimulatorHost.StartAsync(
        [
            new("Simulator:Faults:MinRequestIntervalMs", "3000"),
            new("Simulator:Faults:ThrottleStatusCode", "503"),
            new("Simulator:Faults:ThrottleRetryAfterHeader", "false"),
        ], clock);
        using var client = await sim.CreateAuthorizedClientAsync();

        using var first = await client.GetAsync(Metadata);
        using var tooSoon = await client.GetAsync(Metadata);
        using var body = JsonDocument.Parse(await tooSoon.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, tooSoon.StatusCode);
        Assert.Null(tooSoon.Headers.RetryAfter);
        Assert.Contains("wait 3 seconds", body.RootElement.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_throttle_can_leave_the_seconds_out_of_its_message()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 9, 1, 8, 0, 0, TimeSpan.Zero));
        await using var sim = await SimulatorHost.StartAsync(
        [
            new("Simulator:Faults:MinRequestIntervalMs", "3000"),
            new("Simulator:Faults:ThrottleSecondsInBody", "false"),
        ], clock);
        using var client = await sim.CreateAuthorizedClientAsync();

        using var first = await client.GetAsync(Metadata);
        using var tooSoon = await client.GetAsync(Metadata);
        var text = await tooSoon.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.TooManyRequests, tooSoon.StatusCode);
        Assert.Equal(TimeSpan.FromSeconds(3), tooSoon.Headers.RetryAfter?.Delta);
        Assert.DoesNotContain("seconds", text, StringComparison.Ordinal);
    }
}
