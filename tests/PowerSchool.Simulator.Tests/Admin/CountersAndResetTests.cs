using System.Net;
using PsFunctions.Testing;

namespace PowerSchool.Simulator.Tests.Admin;

public sealed class CountersAndResetTests
{
    [Fact]
    public async Task Counters_count_requests_by_method_and_route_template_including_faulted_ones()
    {
        await using var sim = await SimulatorHost.StartAsync();
        using var client = await sim.CreateAuthorizedClientAsync();
        using (await client.GetAsync(new Uri("ws/v1/metadata", UriKind.Relative)))
        {
        }

        await sim.SetFaultsAsync(new { serverErrorRate = 1.0 });
        using (await client.GetAsync(new Uri("ws/v1/metadata", UriKind.Relative)))
        {
        }

        var counters = await sim.GetCountersAsync();

        Assert.Equal(2, counters["GET /ws/v1/metadata"]);
        Assert.Equal(1, counters["POST /oauth/access_token"]);
        Assert.DoesNotContain(counters.Keys, key => key.Contains("/_sim", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Reset_clears_counters_and_faults()
    {
        await using var sim = await SimulatorHost.StartAsync();
        using var client = await sim.CreateAuthorizedClientAsync();
        await sim.SetFaultsAsync(new { serverErrorRate = 1.0 });

        await sim.ResetAsync();
        using var response = await client.GetAsync(new Uri("ws/v1/metadata", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(1, await sim.GetCounterAsync("GET /ws/v1/metadata"));
        Assert.Equal(0, await sim.GetCounterAsync("POST /oauth/access_token"));
    }
}
