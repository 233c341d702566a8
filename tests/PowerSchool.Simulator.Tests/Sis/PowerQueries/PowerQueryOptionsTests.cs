using System.Net;
using System.Text.Json;
using PowerSchool.Simulator.Tests.Support;
using PsFunctions.Testing;

namespace PowerSchool.Simulator.Tests.Sis.PowerQueries;

/// <summary>The query string and body options of PowerSchool's PowerQuery reference: pagesize, count, order, $q, id arrays.</summary>
public sealed class PowerQueryOptionsTests(SimulatorFixture fixture) : IClassFixture<SimulatorFixture>
{
    private const string DcidMap = "ws/schema/query/com.pearson.core.student.student_dcid_id_map";

    [Fact]
    public async Task Pagesize_defaults_to_100_and_0_returns_every_row()
    {
        using var client = await fixture.Host.CreateAuthorizedClientAsync();
        var (_, first) = await client.PostJsonAsync(DcidMap, "{}");
        var (_, all) = await client.PostJsonAsync($"{DcidMap}?pagesize=0&page=3", "{}");

        Assert.Equal(100, first.GetProperty("record").GetArrayLength());
        Assert.Equal(SimulatorHost.DefaultStudents, all.GetProperty("record").GetArrayLength());
    }

    [Fact]
    public async Task Count_true_adds_the_total_beside_one_page_of_records()
    {
        using var client = await fixture.Host.CreateAuthorizedClientAsync();
        var (_, body) = await client.PostJsonAsync($"{DcidMap}?count=true&pagesize=5", "{}");

        Assert.Equal(SimulatorHost.DefaultStudents, body.GetProperty("count").GetInt32());
        Assert.Equal(5, body.GetProperty("record").GetArrayLength());
    }

    [Fact]
    public async Task Order_sorts_by_a_column_descending_as_numbers()
    {
        using var client = await fixture.Host.CreateAuthorizedClientAsync();
        var (_, body) = await client.PostJsonAsync($"{DcidMap}?order=students.id;desc&pagesize=0", "{}");
        var ids = body.GetProperty("record").EnumerateArray().Select(r => long.Parse(r.GetProperty("id").GetString()!, System.Globalization.CultureInfo.InvariantCulture)).ToList();

        Assert.Equal(ids.OrderDescending(), ids);
        Assert.Equal(SimulatorHost.DefaultStudents, ids[0]);
    }

    [Fact]
    public async Task Q_in_the_body_filters_rows_and_refuses_OR()
    {
        using var client = await fixture.Host.CreateAuthorizedClientAsync();
        var (_, body) = await client.PostJsonAsync($"{DcidMap}?pagesize=0", """{"$q":"students.id=ge=3;students.id=le=5"}""");
        var (status, _) = await client.PostJsonAsync(DcidMap, """{"$q":"students.id==3,students.id==4"}""");

        Assert.Equal(["3", "4", "5"], body.GetProperty("record").EnumerateArray().Select(r => r.GetProperty("id").GetString()).Order());
        Assert.Equal(HttpStatusCode.BadRequest, status);
    }

    [Fact]
    public async Task Dcid_map_takes_students_id_and_answers_flat_rows_whose_dcid_differs()
    {
        using var client = await fixture.Host.CreateAuthorizedClientAsync();
        var (_, body) = await client.PostJsonAsync(DcidMap, """{"students_id":["1","2"]}""");
        var rows = body.GetProperty("record").EnumerateArray().ToList();

        Assert.Equal(["1", "2"], rows.Select(r => r.GetProperty("id").GetString()).Order());
        Assert.All(rows, r => Assert.NotEqual(r.GetProperty("id").GetString(), r.GetProperty("dcid").GetString()));
        Assert.All(rows, r => Assert.False(r.TryGetProperty("tables", out _)));
    }

    [Fact]
    public async Task An_application_name_without_a_version_fails_validation()
    {
        using var client = await fixture.Host.CreateAuthorizedClientAsync();
        var (status, body) = await client.PostJsonAsync(DcidMap, """{"$dataversion_applicationname":"psfunctions"}""");

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("$dataversion", body.GetProperty("errors")[0].GetProperty("field").GetString());
    }

    [Fact]
    public async Task A_version_under_an_application_without_a_subscription_fails_validation()
    {
        using var client = await fixture.Host.CreateAuthorizedClientAsync();
        var (status, body) = await client.PostJsonAsync(DcidMap, """{"$dataversion":"1","$dataversion_applicationname":"NoSuchApp"}""");

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("$dataversion_applicationname", body.GetProperty("errors")[0].GetProperty("field").GetString());
    }

}
