using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Time.Testing;
using PowerSchool.Simulator.Tests.Support;
using PsFunctions.Testing;

namespace PowerSchool.Simulator.Tests.Sis.Oauth;

public sealed class AccessTokenTests
{
    [Theory]
    [InlineData("oauth/access_token")]
    [InlineData("oauth/access_token/")]
    public async Task Client_credentials_grant_returns_a_bearer_token_with_expires_in_as_a_string(string path)
    {
        await using var sim = await SimulatorHost.StartAsync([new("Simulator:Sis:TokenLifetimeSeconds", "1200")]);
        using var response = await sim.Admin.SendAsync(Requests.Token(path, sim.ClientId, sim.ClientSecret));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.False(string.IsNullOrEmpty(body.RootElement.GetProperty("access_token").GetString()));
        Assert.Equal("Bearer", body.RootElement.GetProperty("token_type").GetString());
        Assert.Equal(JsonValueKind.String, body.RootElement.GetProperty("expires_in").ValueKind);
        Assert.Equal("1200", body.RootElement.GetProperty("expires_in").GetString());
    }

    [Fact]
    public async Task Wrong_secret_gets_401_with_a_json_error()
    {
        await using var sim = await SimulatorHost.StartAsync();
        using var response = await sim.Admin.SendAsync(Requests.Token("oauth/access_token", sim.ClientId, "wrong"));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("invalid_client", body.RootElement.GetProperty("error").GetString());
    }

    [Fact]
    public async Task Missing_grant_type_is_refused()
    {
        await using var sim = await SimulatorHost.StartAsync();
        using var request = new HttpRequestMessage(HttpMethod.Post, "oauth/access_token") { Content = new FormUrlEncodedContent([new("grant_type", "password")]) };
        request.Headers.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{sim.ClientId}:{sim.ClientSecret}")));
        using var response = await sim.Admin.SendAsync(request);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Asking_again_while_the_token_is_valid_returns_the_same_token_with_less_time_left()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 9, 1, 8, 0, 0, TimeSpan.Zero));
        await using var sim = await SimulatorHost.StartAsync([new("Simulator:Sis:TokenLifetimeSeconds", "600")], clock);
        var first = await sim.GetAccessTokenAsync();
        clock.Advance(TimeSpan.FromSeconds(100));

        using var response = await sim.Admin.SendAsync(Requests.Token("oauth/access_token", sim.ClientId, sim.ClientSecret));
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal(first, body.RootElement.GetProperty("access_token").GetString());
        Assert.Equal("500", body.RootElement.GetProperty("expires_in").GetString());
    }

    [Fact]
    public async Task Expired_token_gets_401_on_ws_calls()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 9, 1, 8, 0, 0, TimeSpan.Zero));
        await using var sim = await SimulatorHost.StartAsync([new("Simulator:Sis:TokenLifetimeSeconds", "60")], clock);
        using var client = await sim.CreateAuthorizedClientAsync();
        using (var before = await client.GetAsync(new Uri("ws/v1/metadata", UriKind.Relative)))
        {
            Assert.Equal(HttpStatusCode.OK, before.StatusCode);
        }

        clock.Advance(TimeSpan.FromSeconds(61));
        using var after = await client.GetAsync(new Uri("ws/v1/metadata", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Unauthorized, after.StatusCode);
        Assert.Equal("invalid_token", JsonDocument.Parse(await after.Content.ReadAsStringAsync()).RootElement.GetProperty("error").GetString());
    }

    [Fact]
    public async Task Revoked_token_gets_401_and_a_new_token_works()
    {
        await using var sim = await SimulatorHost.StartAsync();
        using var client = await sim.CreateAuthorizedClientAsync();
        using (var revoke = await sim.Admin.PostAsync(new Uri("_sim/sis/tokens/revoke", UriKind.Relative), null))
        {
            revoke.EnsureSuccessStatusCode();
        }

        using var refused = await client.GetAsync(new Uri("ws/v1/metadata", UriKind.Relative));
        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);

        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await sim.GetAccessTokenAsync());
        using var accepted = await client.GetAsync(new Uri("ws/v1/metadata", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("Bearer not-a-token")]
    [InlineData("Basic abc")]
    public async Task Ws_call_without_a_known_bearer_token_gets_401(string? authorization)
    {
        await using var sim = await SimulatorHost.StartAsync();
        using var request = new HttpRequestMessage(HttpMethod.Get, "ws/v1/district/student");
        if (authorization is not null)
        {
            request.Headers.TryAddWithoutValidation("Authorization", authorization);
        }

        using var response = await sim.Admin.SendAsync(request);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }
}
