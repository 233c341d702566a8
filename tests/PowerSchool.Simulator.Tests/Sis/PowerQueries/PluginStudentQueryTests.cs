using System.Globalization;
using System.Net;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using PowerSchool.Simulator.District;
using PowerSchool.Simulator.Tests.Support;
using PsFunctions.Testing;

namespace PowerSchool.Simulator.Tests.Sis.PowerQueries;

/// <summary>The PsFunctions plugin's student queries: flat rows, array arguments, paging, count, access and installation.</summary>
public sealed class PluginStudentQueryTests(SimulatorFixture fixture) : IClassFixture<SimulatorFixture>
{
    private const string Match = "ws/schema/query/org.psfunctions.sync.students.match_candidates";
    private const string ByDcid = "ws/schema/query/org.psfunctions.sync.students.by_dcid";

    [Fact]
    public async Task Match_candidates_finds_by_number_state_id_or_upper_cased_last_name_in_dcid_order()
    {
        var students = Students(fixture.Host);
        var (byNumber, byState, byName) = (students[3], students.First(s => s.StateStudentNumber is not null && s.Dcid != students[3].Dcid), students[^1]);
        using var client = await fixture.Host.CreateAuthorizedClientAsync();

        var (status, body) = await client.PostJsonAsync($"{Match}?pagesize=0", Body(
            ("student_numbers", [Text(byNumber.StudentNumber)]), ("state_ids", [byState.StateStudentNumber!]), ("last_names", [byName.LastName.ToUpperInvariant()])));

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("org.psfunctions.sync.students.match_candidates", body.GetProperty("name").GetString());
        var expected = students.Where(s => s.Dcid == byNumber.Dcid || s.Dcid == byState.Dcid || s.LastName.Equals(byName.LastName, StringComparison.OrdinalIgnoreCase))
            .Select(s => Text(s.Dcid));
        Assert.Equal(expected, Dcids(body));
    }

    [Fact]
    public async Task Last_names_compare_upper_cased_so_a_name_sent_as_written_does_not_match()
    {
        var student = Students(fixture.Host).First(s => s.LastName.Any(char.IsLower));
        using var client = await fixture.Host.CreateAuthorizedClientAsync();

        var (_, written) = await client.PostJsonAsync($"{Match}?pagesize=0", Body(("student_numbers", [""]), ("state_ids", [""]), ("last_names", [student.LastName])));
        var (_, upper) = await client.PostJsonAsync($"{Match}?pagesize=0", Body(("student_numbers", [""]), ("state_ids", [""]), ("last_names", [student.LastName.ToUpperInvariant()])));

        Assert.DoesNotContain(Text(student.Dcid), Dcids(written));
        Assert.Contains(Text(student.Dcid), Dcids(upper));
    }

    [Fact]
    public async Task A_row_is_flat_with_the_students_columns_and_the_schools_dcid()
    {
        var student = Students(fixture.Host)[0];
        using var client = await fixture.Host.CreateAuthorizedClientAsync();

        var (_, body) = await client.PostJsonAsync(ByDcid, Body(("dcids", [Text(student.Dcid)])));

        var row = Assert.Single(body.GetProperty("record").EnumerateArray());
        Assert.Equal(Text(student.StudentNumber), row.GetProperty("student_number").GetString());
        Assert.Equal(student.LastName, row.GetProperty("last_name").GetString());
        Assert.Equal(student.DateOfBirth?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), row.GetProperty("dob").GetString());
        Assert.Equal(Text(student.Enrollment.SchoolNumber), row.GetProperty("schoolid").GetString());
        Assert.True(row.TryGetProperty("school_dcid", out _));
        Assert.False(row.TryGetProperty("tables", out _));
    }

    [Fact]
    public async Task By_dcid_pages_counts_and_treats_empty_strings_as_null()
    {
        var dcids = Students(fixture.Host).Take(7).Select(s => Text(s.Dcid)).ToList();
        using var client = await fixture.Host.CreateAuthorizedClientAsync();
        var body = Body(("dcids", [.. dcids, ""]));

        var (_, first) = await client.PostJsonAsync($"{ByDcid}?pagesize=5&page=1&count=true", body);
        var (_, second) = await client.PostJsonAsync($"{ByDcid}?pagesize=5&page=2", body);
        var (_, count) = await client.PostJsonAsync($"{ByDcid}/count", body);
        var (_, none) = await client.PostJsonAsync(ByDcid, Body(("dcids", [""])));

        Assert.Equal(dcids, Dcids(first).Concat(Dcids(second)));
        Assert.Equal(7, first.GetProperty("count").GetInt32());
        Assert.Equal(7, count.GetProperty("count").GetInt32());
        Assert.Empty(Dcids(none));
    }

    [Fact]
    public async Task More_than_1000_values_in_an_array_is_a_400_naming_the_argument()
    {
        using var client = await fixture.Host.CreateAuthorizedClientAsync();

        var (status, body) = await client.PostJsonAsync(ByDcid, Body(("dcids", [.. Enumerable.Range(1, 1001).Select(i => Text(i))])));
        var (allowed, _) = await client.PostJsonAsync(ByDcid, Body(("dcids", [.. Enumerable.Range(1, 1000).Select(i => Text(i))])));

        Assert.Equal(HttpStatusCode.BadRequest, status);
        var error = Assert.Single(body.GetProperty("errors").EnumerateArray());
        Assert.Equal(("dcids", "too_many_values"), (error.GetProperty("field").GetString(), error.GetProperty("code").GetString()));
        Assert.Equal(HttpStatusCode.OK, allowed);
    }

    [Fact]
    public async Task Every_argument_is_required_and_an_empty_array_is_refused()
    {
        using var client = await fixture.Host.CreateAuthorizedClientAsync();

        var (status, body) = await client.PostJsonAsync(Match, """{"student_numbers":[],"state_ids":[""]}""");

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal(["last_names", "student_numbers"], body.GetProperty("errors").EnumerateArray().Select(e => e.GetProperty("field").GetString()).Order());
    }

    [Fact]
    public async Task A_column_the_plugin_was_not_granted_is_a_403_naming_it()
    {
        await using var sim = await SimulatorHost.StartAsync([new("Simulator:Sis:PluginAccess", "students.*")]);
        using var client = await sim.CreateAuthorizedClientAsync();

        var (status, body) = await client.PostJsonAsync(ByDcid, Body(("dcids", ["1"])));

        Assert.Equal(HttpStatusCode.Forbidden, status);
        var error = Assert.Single(body.GetProperty("errors").EnumerateArray());
        Assert.Equal(("NoAccess", "dcid"), (error.GetProperty("code").GetString(), error.GetProperty("field").GetString()));
    }

    [Fact]
    public async Task Without_the_plugins_queries_installed_they_answer_404_and_powerschools_own_still_answer()
    {
        await using var sim = await SimulatorHost.StartAsync([new("Simulator:Sis:PluginQueries", "false")]);
        using var client = await sim.CreateAuthorizedClientAsync();

        var (status, _) = await client.PostJsonAsync(ByDcid, Body(("dcids", ["1"])));
        var (core, _) = await client.PostJsonAsync("ws/schema/query/com.pearson.core.student.student_dcid_id_map", "{}");

        Assert.Equal((HttpStatusCode.NotFound, HttpStatusCode.OK), (status, core));
    }

    private static List<SisStudent> Students(SimulatorHost host) =>
        host.Services.GetRequiredService<DistrictStore>().Read(state => state.Students.OrderedDcids.Select(d => state.Students.Find(d)!).ToList());

    private static string Body(params (string Name, string[] Values)[] arguments) =>
        JsonSerializer.Serialize(arguments.ToDictionary(a => a.Name, a => a.Values));

    private static List<string> Dcids(JsonElement body) => [.. body.GetProperty("record").EnumerateArray().Select(r => r.GetProperty("dcid").GetString()!)];

    private static string Text(long value) => value.ToString(CultureInfo.InvariantCulture);
}
