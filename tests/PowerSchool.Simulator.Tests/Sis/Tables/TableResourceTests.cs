using System.Net;
using System.Text.Json;
using PowerSchool.Simulator.Tests.Support;
using PsFunctions.Testing;

namespace PowerSchool.Simulator.Tests.Sis.Tables;

public sealed class TableResourceTests(SimulatorFixture fixture) : IClassFixture<SimulatorFixture>, IAsyncLifetime
{
    public Task InitializeAsync() => fixture.Host.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Theory]
    [InlineData("students")]
    [InlineData("schools")]
    [InlineData("sections")]
    [InlineData("cc")]
    public async Task Core_tables_answer_records_with_string_values(string table)
    {
        using var client = await fixture.Host.CreateAuthorizedClientAsync();
        var (status, body) = await client.GetJsonAsync($"ws/schema/table/{table}?projection=*&pagesize=3");

        Assert.Equal(HttpStatusCode.OK, status);
        var records = body.GetProperty("record").EnumerateArray().ToList();
        Assert.NotEmpty(records);
        Assert.All(records, r =>
        {
            Assert.Equal(table, r.GetProperty("name").GetString());
            Assert.All(r.GetProperty("tables").GetProperty(table).EnumerateObject(), column => Assert.Equal(JsonValueKind.String, column.Value.ValueKind));
        });
    }

    [Fact]
    public async Task Projection_is_required()
    {
        using var client = await fixture.Host.CreateAuthorizedClientAsync();
        var (status, body) = await client.GetJsonAsync("ws/schema/table/students");

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("projection", body.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Projection_and_q_select_columns_and_rows()
    {
        using var client = await fixture.Host.CreateAuthorizedClientAsync();
        var (_, body) = await client.GetJsonAsync("ws/schema/table/students?projection=dcid,last_name&q=dcid=ge=10;dcid=le=12");
        var records = body.GetProperty("record").EnumerateArray().ToList();

        // DCIDs have gaps, as a real district's do: every row is in the range, in order, and the count agrees.
        var ids = records.Select(r => r.GetProperty("id").GetInt64()).ToList();
        Assert.NotEmpty(ids);
        Assert.All(ids, id => Assert.InRange(id, 10, 12));
        Assert.Equal(ids.Order(), ids);
        Assert.Equal(["dcid", "last_name"], records[0].GetProperty("tables").GetProperty("students").EnumerateObject().Select(p => p.Name));
        var (_, count) = await client.GetJsonAsync("ws/schema/table/students/count?q=dcid=ge=10;dcid=le=12");
        Assert.Equal(ids.Count, count.GetProperty("count").GetInt32());
    }

    [Fact]
    public async Task One_record_by_id_and_unknown_ones_get_404()
    {
        using var client = await fixture.Host.CreateAuthorizedClientAsync();
        var (status, body) = await client.GetJsonAsync("ws/schema/table/students/4?projection=first_name");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.True(body.GetProperty("tables").GetProperty("students").TryGetProperty("first_name", out _));
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetJsonAsync("ws/schema/table/students/999999?projection=*")).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetJsonAsync("ws/schema/table/no_such_table?projection=*")).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetJsonAsync("ws/schema/table/no_such_table/count")).Status);
    }

    [Fact]
    public async Task Extension_table_insert_update_delete_report_their_counts()
    {
        using var client = await fixture.Host.CreateAuthorizedClientAsync();
        var (_, inserted) = await client.PostJsonAsync("ws/schema/table/u_students_extension", """{"tables":{"u_students_extension":{"studentsdcid":"3","preferredname":"Bea"}}}""");
        Assert.Equal(1, inserted.GetProperty("insert_count").GetInt32());
        var id = inserted.GetProperty("result")[0].GetProperty("success_message").GetProperty("id").GetInt64();

        var (_, updated) = await client.SendJsonAsync(HttpMethod.Put, $"ws/schema/table/u_students_extension/{id}", """{"tables":{"u_students_extension":{"preferredname":"Bee"}}}""");
        Assert.Equal(1, updated.GetProperty("update_count").GetInt32());
        var (_, read) = await client.GetJsonAsync($"ws/schema/table/u_students_extension/{id}?projection=*");
        Assert.Equal("Bee", read.GetProperty("tables").GetProperty("u_students_extension").GetProperty("preferredname").GetString());
        Assert.Equal("3", read.GetProperty("tables").GetProperty("u_students_extension").GetProperty("studentsdcid").GetString());

        var (_, deleted) = await client.SendJsonAsync(HttpMethod.Delete, $"ws/schema/table/u_students_extension/{id}");
        Assert.Equal(1, deleted.GetProperty("delete_count").GetInt32());
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetJsonAsync($"ws/schema/table/u_students_extension/{id}?projection=*")).Status);
    }

    [Fact]
    public async Task Core_tables_are_not_writable_and_values_must_be_strings()
    {
        using var client = await fixture.Host.CreateAuthorizedClientAsync();

        Assert.Equal(HttpStatusCode.Forbidden, (await client.PostJsonAsync("ws/schema/table/students", """{"tables":{"students":{"first_name":"X"}}}""")).Status);
        var (status, body) = await client.PostJsonAsync("ws/schema/table/u_students_extension", """{"tables":{"u_students_extension":{"studentsdcid":3}}}""");
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("studentsdcid", body.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await client.SendJsonAsync(HttpMethod.Put, "ws/schema/table/u_students_extension/999", """{"tables":{"u_students_extension":{"a":"b"}}}""")).Status);
    }
}
