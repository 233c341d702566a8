using System.Net;
using System.Text.Json;
using PowerSchool.Simulator.Tests.Support;
using PsFunctions.Testing;

namespace PowerSchool.Simulator.Tests.Sis.Schools;

public sealed class SchoolTests(SimulatorFixture fixture) : IClassFixture<SimulatorFixture>
{
    [Fact]
    public async Task District_schools_are_sorted_by_name_and_counted()
    {
        using var client = await fixture.Host.CreateAuthorizedClientAsync();
        var (_, body) = await client.GetJsonAsync("ws/v1/district/school");
        var (_, count) = await client.GetJsonAsync("ws/v1/district/school/count");

        var names = body.GetProperty("schools").Items("school").Select(s => s.GetProperty("name").GetString()!).ToList();
        Assert.Equal(names.Order(StringComparer.Ordinal), names);
        Assert.Equal(names.Count, count.GetProperty("resource").GetProperty("count").GetInt32());
    }

    [Fact]
    public async Task One_school_courses_and_sections_by_school_dcid()
    {
        using var client = await fixture.Host.CreateAuthorizedClientAsync();
        var (status, school) = await client.GetJsonAsync("ws/v1/school/1");
        var (_, courses) = await client.GetJsonAsync("ws/v1/school/1/course");
        var (_, sections) = await client.GetJsonAsync("ws/v1/school/1/section?pagesize=5");
        var (_, sectionCount) = await client.GetJsonAsync("ws/v1/school/1/section/count");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(1, school.GetProperty("school").GetProperty("id").GetInt64());
        Assert.Equal(JsonValueKind.Array, courses.GetProperty("courses").GetProperty("course").ValueKind);
        Assert.Equal(5, sections.GetProperty("sections").Items("section").Count);
        Assert.True(sectionCount.GetProperty("resource").GetProperty("count").GetInt32() > 5);
    }

    [Fact]
    public async Task Unknown_school_gets_404()
    {
        using var client = await fixture.Host.CreateAuthorizedClientAsync();

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetJsonAsync("ws/v1/school/999")).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetJsonAsync("ws/v1/school/999/section")).Status);
    }

    [Fact]
    public async Task Metadata_reports_the_configured_page_sizes_and_plugin_id()
    {
        await using var sim = await SimulatorHost.StartAsync([new("Simulator:Sis:MaxPageSize", "250"), new("Simulator:Sis:StudentMaxPageSize", "500")]);
        using var client = await sim.CreateAuthorizedClientAsync();
        var (_, body) = await client.GetJsonAsync("ws/v1/metadata");
        var metadata = body.GetProperty("metadata");

        Assert.Equal(500, metadata.GetProperty("student_max_page_size").GetInt32());
        Assert.Equal(250, metadata.GetProperty("school_max_page_size").GetInt32());
        Assert.True(metadata.TryGetProperty("plugin_id", out _));
        Assert.True(metadata.TryGetProperty("powerschool_version", out _));
    }

    [Fact]
    public async Task The_district_resource_names_the_district()
    {
        using var client = await fixture.Host.CreateAuthorizedClientAsync();
        var (status, body) = await client.GetJsonAsync("ws/v1/district");

        Assert.Equal(HttpStatusCode.OK, status);
        var district = body.GetProperty("district");
        Assert.False(string.IsNullOrWhiteSpace(district.GetProperty("name").GetString()));
        Assert.True(Guid.TryParse(district.GetProperty("uuid").GetString(), out _));
        Assert.True(district.TryGetProperty("district_number", out _));
    }
}
