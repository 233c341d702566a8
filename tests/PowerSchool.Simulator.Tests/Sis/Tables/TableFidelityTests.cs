using System.Net;
using PowerSchool.Simulator.Tests.Support;
using PsFunctions.Testing;

namespace PowerSchool.Simulator.Tests.Sis.Tables;

/// <summary>Table resources as PowerSchool answers them: names in any case, real columns, "" for no value, its error texts.</summary>
public sealed class TableFidelityTests(SimulatorFixture fixture) : IClassFixture<SimulatorFixture>
{
    [Fact]
    public async Task A_read_names_its_table_in_any_case_and_answers_empty_strings_for_columns_without_a_value()
    {
        using var client = await fixture.Host.CreateAuthorizedClientAsync();
        var (status, body) = await client.GetJsonAsync("ws/schema/table/STUDENTS?projection=DCID,family_ident,lastfirst,home_room,sched_nextyeargrade,enrollment_schoolid,districtentrydate,mother,father&pagesize=1");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("students", body.GetProperty("name").GetString());
        var row = body.GetProperty("record")[0].GetProperty("tables").GetProperty("students");
        Assert.Equal("", row.GetProperty("family_ident").GetString());
        Assert.Contains(", ", row.GetProperty("lastfirst").GetString(), StringComparison.Ordinal);
        Assert.False(string.IsNullOrEmpty(row.GetProperty("enrollment_schoolid").GetString()));
    }

    [Fact]
    public async Task An_unknown_column_is_a_400_in_PowerSchool_words()
    {
        using var client = await fixture.Host.CreateAuthorizedClientAsync();
        var (status, body) = await client.GetJsonAsync("ws/schema/table/students?projection=dcid,no_such_column");

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("Invalid field specified: no_such_column is not valid column for table: Students", body.GetProperty("message").GetString());
    }

    [Fact]
    public async Task The_core_tables_a_district_reads_exist()
    {
        using var client = await fixture.Host.CreateAuthorizedClientAsync();
        foreach (var table in new[] { "students", "schools", "cc", "sections", "terms" })
        {
            var (status, body) = await client.GetJsonAsync($"ws/schema/table/{table}/count");
            Assert.Equal(HttpStatusCode.OK, status);
            Assert.True(body.GetProperty("count").GetInt64() > 0, table);
        }
    }

    [Fact]
    public async Task Columns_are_checked_before_permissions_and_an_ungranted_column_is_NoAccess()
    {
        await using var sim = await SimulatorHost.StartAsync([new("Simulator:Sis:PluginAccess", "students.dcid")]);
        using var client = await sim.CreateAuthorizedClientAsync();

        var (unknown, _) = await client.GetJsonAsync("ws/schema/table/students?projection=no_such_column");
        var (denied, body) = await client.GetJsonAsync("ws/schema/table/students?projection=dcid,last_name");

        Assert.Equal(HttpStatusCode.BadRequest, unknown);
        Assert.Equal(HttpStatusCode.Forbidden, denied);
        var error = Assert.Single(body.GetProperty("errors").EnumerateArray());
        Assert.Equal("NoAccess", error.GetProperty("code").GetString());
        Assert.Equal("last_name", error.GetProperty("field").GetString());
        Assert.Equal("Students", error.GetProperty("resource").GetString());
    }
}
