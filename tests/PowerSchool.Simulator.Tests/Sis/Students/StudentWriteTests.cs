using System.Net;
using System.Text.Json;
using PowerSchool.Simulator.Tests.Support;
using PsFunctions.Testing;

namespace PowerSchool.Simulator.Tests.Sis.Students;

public sealed class StudentWriteTests(SimulatorFixture fixture) : IClassFixture<SimulatorFixture>, IAsyncLifetime
{
    public Task InitializeAsync() => fixture.Host.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Insert_creates_a_student_that_reads_back_with_its_names()
    {
        using var client = await fixture.Host.CreateAuthorizedClientAsync();
        var (status, body) = await client.PostJsonAsync("ws/v1/student", StudentBodies.Single(StudentBodies.Insert("42")));

        Assert.Equal(HttpStatusCode.OK, status);
        var results = body.GetProperty("results");
        Assert.Equal(1, results.GetProperty("insert_count").GetInt32());
        var result = results.GetProperty("result");
        Assert.Equal(JsonValueKind.Object, result.ValueKind);
        Assert.Equal(42, result.GetProperty("client_uid").GetInt64());
        Assert.Equal("SUCCESS", result.GetProperty("status").GetString());
        var dcid = result.GetProperty("success_message").GetProperty("id").GetInt64();
        Assert.EndsWith($"/ws/v1/student/{dcid}", result.GetProperty("success_message").GetProperty("ref").GetString(), StringComparison.Ordinal);

        var (_, read) = await client.GetJsonAsync($"ws/v1/student/{dcid}?expansions=school_enrollment");
        Assert.Equal("O'Brien-Núñez", read.GetProperty("student").GetProperty("name").GetProperty("last_name").GetString());
        Assert.Equal(100, read.GetProperty("student").GetProperty("school_enrollment").GetProperty("school_number").GetInt32());
    }

    [Fact]
    public async Task Non_numeric_client_uid_comes_back_as_a_string()
    {
        using var client = await fixture.Host.CreateAuthorizedClientAsync();
        var (_, body) = await client.PostJsonAsync("ws/v1/student", StudentBodies.Single(StudentBodies.Insert("sub-7")));

        Assert.Equal("sub-7", body.GetProperty("results").GetProperty("result").GetProperty("client_uid").GetString());
    }

    [Fact]
    public async Task Good_records_are_applied_when_others_in_the_batch_fail()
    {
        using var client = await fixture.Host.CreateAuthorizedClientAsync();
        var bad = StudentBodies.Insert("2").Without("name/last_name");
        var (_, body) = await client.PostJsonAsync("ws/v1/student", StudentBodies.Batch(StudentBodies.Insert("1"), bad, StudentBodies.Update(3, "3").With("name/middle_name", "Ana")));

        var results = body.GetProperty("results");
        var items = results.Items("result");
        Assert.Equal(1, results.GetProperty("insert_count").GetInt32());
        Assert.Equal(1, results.GetProperty("update_count").GetInt32());
        Assert.Equal(["SUCCESS", "ERROR", "SUCCESS"], items.Select(i => i.GetProperty("status").GetString()));
        var error = items[1].GetProperty("error_message").GetProperty("error");
        Assert.Equal("student/name/last_name", error.GetProperty("field").GetString());
        Assert.Equal(SimulatorHost.DefaultStudents + 1, (await client.GetJsonAsync("ws/v1/district/student/count")).Body.GetProperty("resource").GetProperty("count").GetInt64());
    }

    [Fact]
    public async Task Insert_with_an_existing_local_id_is_refused_with_invalid_local_id()
    {
        using var client = await fixture.Host.CreateAuthorizedClientAsync();
        var (_, existing) = await client.GetJsonAsync("ws/v1/student/1");
        var localId = existing.GetProperty("student").GetProperty("local_id").GetInt64();

        var (_, body) = await client.PostJsonAsync("ws/v1/student", StudentBodies.Single(StudentBodies.Insert().With("local_id", localId)));
        var error = body.GetProperty("results").GetProperty("result").GetProperty("error_message").GetProperty("error");

        Assert.Equal("student/local_id", error.GetProperty("field").GetString());
        Assert.Equal("INVALID_LOCAL_ID", error.GetProperty("error_code").GetString());
        Assert.Equal("Local ID already exists in the database and can not be used in an insert.", error.GetProperty("error_description").GetString());
    }

    [Fact]
    public async Task Too_many_records_refuse_the_whole_request()
    {
        await using var sim = await SimulatorHost.StartAsync([new("Simulator:Sis:MaxRecordsPerPost", "2")]);
        using var client = await sim.CreateAuthorizedClientAsync();

        var (status, body) = await client.PostJsonAsync("ws/v1/student", StudentBodies.Batch(StudentBodies.Insert("1"), StudentBodies.Insert("2"), StudentBodies.Insert("3")));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, status);
        Assert.Contains("at most 2", body.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Equal(SimulatorHost.DefaultStudents, (await client.GetJsonAsync("ws/v1/district/student/count")).Body.GetProperty("resource").GetProperty("count").GetInt64());
    }

    [Fact]
    public async Task Update_changes_the_student_and_its_transaction_date()
    {
        using var client = await fixture.Host.CreateAuthorizedClientAsync();
        var (_, before) = await fixture.Host.Admin.GetJsonAsync("_sim/sis/students/5");

        var (_, body) = await client.PostJsonAsync("ws/v1/student", StudentBodies.Single(StudentBodies.Update(5).With("contact_info/email", "new@family.example")));
        var (_, after) = await fixture.Host.Admin.GetJsonAsync("_sim/sis/students/5");

        Assert.Equal("SUCCESS", body.GetProperty("results").GetProperty("result").GetProperty("status").GetString());
        Assert.Equal("new@family.example", after.GetProperty("email").GetString());
        Assert.NotEqual(before.GetProperty("transaction_date").GetString(), after.GetProperty("transaction_date").GetString());
    }

    [Fact]
    public async Task Malformed_body_gets_400()
    {
        using var client = await fixture.Host.CreateAuthorizedClientAsync();

        Assert.Equal(HttpStatusCode.BadRequest, (await client.PostJsonAsync("ws/v1/student", "{not json")).Status);
        Assert.Equal(HttpStatusCode.BadRequest, (await client.PostJsonAsync("ws/v1/student", """{"student":[]}""")).Status);
    }

    [Fact]
    public async Task Extension_data_is_written_and_read_back()
    {
        using var client = await fixture.Host.CreateAuthorizedClientAsync();
        var update = StudentBodies.Update(7);
        update["_extension_data"] = JsonNodeFrom("""{"_table_extension":{"name":"u_students_extension","_field":[{"name":"preferredname","type":"String","value":"Jo"}]}}""");

        var (_, body) = await client.PostJsonAsync("ws/v1/student", StudentBodies.Single(update));
        var (_, read) = await client.GetJsonAsync("ws/v1/student/7?extensions=u_students_extension");

        Assert.Equal("SUCCESS", body.GetProperty("results").GetProperty("result").GetProperty("status").GetString());
        var table = read.GetProperty("student").GetProperty("_extension_data").GetProperty("_table_extension");
        Assert.True(table.GetProperty("recordFound").GetBoolean());
        Assert.Equal("Jo", table.GetProperty("_field").GetProperty("value").GetString());
    }

    private static System.Text.Json.Nodes.JsonNode JsonNodeFrom(string json) => System.Text.Json.Nodes.JsonNode.Parse(json)!;
}
