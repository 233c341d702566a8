using System.Net;
using System.Text.Json;
using PowerSchool.Simulator.Tests.Support;
using PsFunctions.Testing;

namespace PowerSchool.Simulator.Tests.Sis.Access;

/// <summary>PowerSchool 25.2+: a plugin without <c>&lt;oauth accessLevelV1Api="READ|FULL"/&gt;</c> is refused on /ws/v1 with a valid token.</summary>
public sealed class V1ApiPermissionTests
{
    [Fact]
    public async Task A_plugin_without_the_permission_gets_401_naming_it_on_v1_but_not_on_metadata_or_schema()
    {
        await using var sim = await SimulatorHost.StartAsync([new("Simulator:Sis:V1ApiAccess", "None")]);
        using var client = await sim.CreateAuthorizedClientAsync();

        using var refused = await client.GetAsync(new Uri("ws/v1/district/student/count", UriKind.Relative));
        using var body = JsonDocument.Parse(await refused.Content.ReadAsStringAsync());
        var (metadata, _) = await client.GetJsonAsync("ws/v1/metadata");
        var (schema, _) = await client.GetJsonAsync("ws/schema/table/students/count");

        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
        Assert.Equal("Plugin is missing required accessLevelV1Api READ permission",
            body.RootElement.GetProperty("errorMessage").GetProperty("message").GetString());
        Assert.Empty(refused.Headers.WwwAuthenticate);
        Assert.Equal(HttpStatusCode.OK, metadata);
        Assert.Equal(HttpStatusCode.OK, schema);
    }

    [Fact]
    public async Task A_read_only_plugin_reads_but_its_writes_name_the_FULL_permission()
    {
        await using var sim = await SimulatorHost.StartAsync([new("Simulator:Sis:V1ApiAccess", "Read")]);
        using var client = await sim.CreateAuthorizedClientAsync();

        var (read, _) = await client.GetJsonAsync("ws/v1/district/student/count");
        var (write, body) = await client.PostJsonAsync("ws/v1/student", StudentBodies.Single(StudentBodies.Update(3).With("name/middle_name", "Q")));

        Assert.Equal(HttpStatusCode.OK, read);
        Assert.Equal(HttpStatusCode.Unauthorized, write);
        Assert.Contains("accessLevelV1Api FULL", body.GetProperty("errorMessage").GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_rejected_token_names_the_realm_and_the_error()
    {
        await using var sim = await SimulatorHost.StartAsync();
        using var client = sim.CreateClient();
        client.DefaultRequestHeaders.Authorization = new("Bearer", "not-a-token");

        using var response = await client.GetAsync(new Uri("ws/v1/metadata", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        var header = Assert.Single(response.Headers.WwwAuthenticate);
        Assert.Equal("Bearer", header.Scheme);
        Assert.StartsWith("error=\"invalid_token\",realm=\"PowerSchool\"", header.Parameter, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Tokens_live_for_weeks_by_default()
    {
        await using var sim = await SimulatorHost.StartAsync();
        using var response = await sim.Admin.SendAsync(Requests.Token("oauth/access_token", sim.ClientId, sim.ClientSecret));
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());

        var seconds = long.Parse(body.RootElement.GetProperty("expires_in").GetString()!, System.Globalization.CultureInfo.InvariantCulture);
        Assert.True(seconds >= TimeSpan.FromDays(14).TotalSeconds, $"expires_in {seconds} is shorter than real PowerSchool's weeks");
    }
}
