using System.Net;
using PowerSchool.Simulator.Tests.Support;
using PsFunctions.Testing;

namespace PowerSchool.Simulator.Tests.Sis.DataVersions;

public sealed class DataVersionTests(SimulatorFixture fixture) : IClassFixture<SimulatorFixture>, IAsyncLifetime
{
    public Task InitializeAsync() => fixture.Host.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Dataversion_lists_only_students_changed_since_the_version_and_the_new_version()
    {
        using var client = await fixture.Host.CreateAuthorizedClientAsync();
        var (_, start) = await client.GetJsonAsync("ws/dataversion/psfunctions/1");
        var version = long.Parse(start.GetProperty("$dataversion").GetString()!, System.Globalization.CultureInfo.InvariantCulture);
        Assert.False(start.GetProperty("tables").TryGetProperty("students", out _));

        await client.PostJsonAsync("ws/v1/student", StudentBodies.Batch(StudentBodies.Update(10).With("contact_info/email", "a@b.example"), StudentBodies.Update(20).With("name/middle_name", "Q")));
        var (_, changed) = await client.GetJsonAsync($"ws/dataversion/psfunctions/{version}");
        var ids = changed.GetProperty("tables").GetProperty("students").EnumerateArray().Select(i => i.GetInt64()).ToList();

        Assert.Equal([10, 20], ids);
        Assert.Equal(version + 2, long.Parse(changed.GetProperty("$dataversion").GetString()!, System.Globalization.CultureInfo.InvariantCulture));
        var (_, after) = await client.GetJsonAsync($"ws/dataversion/psfunctions/{version + 2}");
        Assert.False(after.GetProperty("tables").TryGetProperty("students", out _));
    }

    [Fact]
    public async Task Version_zero_lists_every_student()
    {
        using var client = await fixture.Host.CreateAuthorizedClientAsync();
        var (_, body) = await client.GetJsonAsync("ws/dataversion/psfunctions/0");

        Assert.Equal(SimulatorHost.DefaultStudents, body.GetProperty("tables").GetProperty("students").GetArrayLength());
    }

    [Fact]
    public async Task Bad_version_gets_400()
    {
        using var client = await fixture.Host.CreateAuthorizedClientAsync();

        Assert.Equal(HttpStatusCode.BadRequest, (await client.GetJsonAsync("ws/dataversion/psfunctions/-1")).Status);
    }

    [Fact]
    public async Task Powerquery_with_dataversion_returns_only_changed_rows_and_the_new_version()
    {
        using var client = await fixture.Host.CreateAuthorizedClientAsync();
        var version = long.Parse((await client.GetJsonAsync("ws/dataversion/psfunctions/1")).Body.GetProperty("$dataversion").GetString()!, System.Globalization.CultureInfo.InvariantCulture);
        await client.PostJsonAsync("ws/v1/student", StudentBodies.Single(StudentBodies.Update(30).With("name/middle_name", "Z")));

        var (_, body) = await client.PostJsonAsync("ws/schema/query/com.pearson.core.student.student_dcid_id_map",
            $$"""{"$dataversion":"{{version}}","$dataversion_applicationname":"psfunctions"}""");
        var record = Assert.Single(body.GetProperty("record").EnumerateArray());

        Assert.Equal("30", record.GetProperty("dcid").GetString());
        Assert.Equal((version + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), body.GetProperty("$dataversion").GetString());
    }

    [Fact]
    public async Task Powerquery_dataversion_needs_the_application_name()
    {
        using var client = await fixture.Host.CreateAuthorizedClientAsync();
        var (status, body) = await client.PostJsonAsync("ws/schema/query/com.pearson.core.student.student_dcid_id_map", """{"$dataversion":"1"}""");

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("$dataversion_applicationname", body.GetProperty("errors")[0].GetProperty("field").GetString());
    }

    [Theory]
    [InlineData("ws/dataversion/psfunctions/-1", "dataVersion")]
    [InlineData("ws/dataversion/NoSuchApp/1", "NoSuchApp")]
    public async Task A_negative_version_or_an_application_without_a_subscription_is_a_400(string path, string named)
    {
        using var client = await fixture.Host.CreateAuthorizedClientAsync();
        var (status, body) = await client.GetJsonAsync(path);

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains(named, body.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_version_is_a_string()
    {
        using var client = await fixture.Host.CreateAuthorizedClientAsync();
        var (_, body) = await client.GetJsonAsync("ws/dataversion/psfunctions/1");

        Assert.Equal(System.Text.Json.JsonValueKind.String, body.GetProperty("$dataversion").ValueKind);
    }
}
