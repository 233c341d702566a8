using System.Net;
using System.Text.Json;
using PowerSchool.Simulator.Tests.Support;
using PsFunctions.Testing;

namespace PowerSchool.Simulator.Tests.Sis.PowerQueries;

public sealed class PowerQueryTests(SimulatorFixture fixture) : IClassFixture<SimulatorFixture>
{
    private const string DcidMap = "ws/schema/query/com.pearson.core.student.student_dcid_id_map";
    private const string Guardians = "ws/schema/query/com.pearson.core.guardian.student_guardian_detail";
    private const string SectionEnrollments = "ws/schema/query/com.pearson.core.teachers.sectionEnrollments";

    [Fact]
    public async Task Dcid_map_pages_through_every_student_once_and_counts_them()
    {
        using var client = await fixture.Host.CreateAuthorizedClientAsync();
        var (_, count) = await client.PostJsonAsync($"{DcidMap}/count", "{}");
        var dcids = new List<string>();
        for (var page = 1; page < 20; page++)
        {
            var (_, body) = await client.PostJsonAsync($"{DcidMap}?page={page}&pagesize=40", "{}");
            var records = body.GetProperty("record").EnumerateArray().ToList();
            if (records.Count == 0)
            {
                break;
            }

            // The query is flattened: each row is {"dcid":"…","id":"…"}.
            dcids.AddRange(records.Select(r => r.GetProperty("dcid").GetString()!));
        }

        Assert.Equal(SimulatorHost.DefaultStudents, count.GetProperty("count").GetInt32());
        Assert.Equal(SimulatorHost.DefaultStudents, dcids.Distinct().Count());
        Assert.Equal(dcids.Count, dcids.Distinct().Count());
    }

    [Fact]
    public async Task Guardian_detail_filters_by_guardian_id()
    {
        using var client = await fixture.Host.CreateAuthorizedClientAsync();
        var (_, all) = await client.PostJsonAsync($"{Guardians}?pagesize=3", "{}");
        var wanted = all.GetProperty("record").EnumerateArray().Select(GuardianId).Take(2).ToList();

        var (status, body) = await client.PostJsonAsync(Guardians, $$"""{"guardian_id":["{{wanted[0]}}","{{wanted[1]}}"]}""");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(wanted.Order(), body.GetProperty("record").EnumerateArray().Select(GuardianId).Order());
    }

    private static string GuardianId(JsonElement row) => row.GetProperty("tables").GetProperty("guardian").GetProperty("guardianid").GetString()!;

    [Fact]
    public async Task Section_enrollments_need_section_dcid()
    {
        using var client = await fixture.Host.CreateAuthorizedClientAsync();
        var (status, body) = await client.PostJsonAsync(SectionEnrollments, "{}");

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("Validation Failed", body.GetProperty("message").GetString());
        var error = body.GetProperty("errors")[0];
        Assert.Equal("section_dcid", error.GetProperty("field").GetString());
        Assert.Equal("missing_field", error.GetProperty("code").GetString());
        Assert.Equal("com.pearson.core.teachers.sectionEnrollments", error.GetProperty("resource").GetString());
    }

    [Theory]
    [InlineData("""{"section_dcid":["abc"]}""", "section_dcid")]
    [InlineData("""{"section_dcid":["5001"],"unknown_arg":"1"}""", "unknown_arg")]
    public async Task Bad_arguments_fail_validation_naming_the_field(string body, string field)
    {
        using var client = await fixture.Host.CreateAuthorizedClientAsync();
        var (status, answer) = await client.PostJsonAsync(SectionEnrollments, body);

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal(field, answer.GetProperty("errors")[0].GetProperty("field").GetString());
    }

    [Fact]
    public async Task Section_enrollments_list_the_students_of_the_section()
    {
        using var client = await fixture.Host.CreateAuthorizedClientAsync();
        var (_, all) = await client.GetJsonAsync("ws/schema/table/cc?projection=sectionid&pagesize=1");
        var section = all.GetProperty("record")[0].GetProperty("tables").GetProperty("cc").GetProperty("sectionid").GetString();

        var (_, body) = await client.PostJsonAsync(SectionEnrollments, $$"""{"section_dcid":["{{section}}"]}""");

        Assert.NotEmpty(body.GetProperty("record").EnumerateArray());
        Assert.All(body.GetProperty("record").EnumerateArray(), r => Assert.Equal(section, r.GetProperty("tables").GetProperty("sections").GetProperty("dcid").GetString()));
    }

    [Fact]
    public async Task Unknown_query_gets_404()
    {
        using var client = await fixture.Host.CreateAuthorizedClientAsync();

        Assert.Equal(HttpStatusCode.NotFound, (await client.PostJsonAsync("ws/schema/query/com.example.nothing", "{}")).Status);
    }

    [Fact]
    public async Task Query_reading_fields_the_plugin_lacks_gets_403_naming_them()
    {
        await using var sim = await SimulatorHost.StartAsync([new("Simulator:Sis:PluginAccess", "students.*, guardian.*")]);
        using var client = await sim.CreateAuthorizedClientAsync();

        var (allowed, _) = await client.PostJsonAsync(DcidMap, "{}");
        var (status, body) = await client.PostJsonAsync(Guardians, "{}");

        Assert.Equal(HttpStatusCode.OK, allowed);
        Assert.Equal(HttpStatusCode.Forbidden, status);
        var missing = Assert.Single(body.GetProperty("errors").EnumerateArray());
        // As PowerSchool answers it: code NoAccess, the table by its display name, and no message.
        Assert.Equal("NoAccess", missing.GetProperty("code").GetString());
        Assert.Equal("GuardianStudent", missing.GetProperty("resource").GetString());
        Assert.Equal("relationship", missing.GetProperty("field").GetString());
        Assert.False(body.TryGetProperty("message", out _));
    }
}
