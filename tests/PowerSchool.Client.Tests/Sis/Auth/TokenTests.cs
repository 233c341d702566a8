using Microsoft.Extensions.Time.Testing;
using PsFunctions.Testing;

namespace PowerSchool.Client.Tests.Sis.Auth;

public sealed class TokenTests
{
    private const string TokenEndpoint = "POST /oauth/access_token";

    [Fact]
    public async Task One_token_request_serves_100_concurrent_calls()
    {
        await using var sim = await SimulatorHost.StartAsync();
        await using var clients = ClientHarness.Create(sim, o => o.MaxConcurrency = 8);

        var counts = await Task.WhenAll(Enumerable.Range(0, 100).Select(_ => clients.Sis.CountStudentsAsync()));

        Assert.All(counts, c => Assert.Equal(SimulatorHost.DefaultStudents, c));
        Assert.Equal(1, await sim.GetCounterAsync(TokenEndpoint));
        Assert.Equal(100, await sim.GetCounterAsync("GET /ws/v1/district/student/count"));
    }

    [Fact]
    public async Task A_token_revoked_in_the_middle_of_paging_is_replaced_once_and_paging_completes()
    {
        await using var sim = await SimulatorHost.StartAsync([new("Simulator:District:Students", "1000")]);
        await using var clients = ClientHarness.Create(sim, o => o.PageParallelism = 1);
        var seen = new List<long>();

        await foreach (var student in clients.Sis.GetStudentsAsync())
        {
            seen.Add(student.Id);
            if (seen.Count == 150)
            {
                using var revoke = await sim.Admin.PostAsync(new Uri("_sim/sis/tokens/revoke", UriKind.Relative), null);
                revoke.EnsureSuccessStatusCode();
            }
        }

        Assert.Equal(1000, seen.Distinct().Count());
        Assert.Equal(1000, seen.Count);
        Assert.Equal(2, await sim.GetCounterAsync(TokenEndpoint));
    }

    [Fact]
    public async Task A_token_past_its_expiry_is_renewed_before_the_next_page()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 9, 1, 8, 0, 0, TimeSpan.Zero));
        await using var sim = await SimulatorHost.StartAsync([new("Simulator:District:Students", "500")]);
        await using var clients = ClientHarness.Create(sim, o => o.PageParallelism = 1, timeProvider: clock);
        var seen = 0;

        await foreach (var _ in clients.Sis.GetStudentsAsync())
        {
            if (++seen == 250)
            {
                // The simulator's tokens live 30 days, as real ones live for weeks; the client must not use one past its expiry.
                clock.Advance(TimeSpan.FromDays(30));
            }
        }

        Assert.Equal(500, seen);
        Assert.Equal(2, await sim.GetCounterAsync(TokenEndpoint));
    }

    [Fact]
    public async Task A_token_is_reused_until_close_to_expiry()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 9, 1, 8, 0, 0, TimeSpan.Zero));
        await using var sim = await SimulatorHost.StartAsync();
        await using var clients = ClientHarness.Create(sim, timeProvider: clock);

        await clients.Sis.CountStudentsAsync();
        clock.Advance(TimeSpan.FromDays(30) - TimeSpan.FromMinutes(10)); // the simulator's default lifetime, like real weeks-long tokens
        await clients.Sis.CountStudentsAsync();
        Assert.Equal(1, await sim.GetCounterAsync(TokenEndpoint));

        clock.Advance(TimeSpan.FromMinutes(6)); // inside the 5-minute safety margin
        await clients.Sis.CountStudentsAsync();
        Assert.Equal(2, await sim.GetCounterAsync(TokenEndpoint));
    }

    [Fact]
    public async Task A_wrong_client_secret_raises_an_authentication_error_naming_the_base_url_not_the_secret()
    {
        await using var sim = await SimulatorHost.StartAsync();
        await using var clients = ClientHarness.Create(sim, settings: new Dictionary<string, string?>
        {
            ["Secrets:powerschool-sis-client-secret"] = "definitely-wrong-secret-value",
        });

        var error = await Assert.ThrowsAsync<PowerSchoolAuthenticationException>(() => clients.Sis.CountStudentsAsync());

        Assert.Contains(sim.BaseAddress.Authority, error.Message, StringComparison.Ordinal);
        Assert.Contains("powerschool-sis-client-secret", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("definitely-wrong-secret-value", error.ToString(), StringComparison.Ordinal);
        Assert.Equal(1, await sim.GetCounterAsync(TokenEndpoint));
    }
}
