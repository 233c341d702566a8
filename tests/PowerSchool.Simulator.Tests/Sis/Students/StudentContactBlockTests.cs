using System.Text.Json.Nodes;
using PowerSchool.Simulator.Tests.Support;
using PsFunctions.Testing;

namespace PowerSchool.Simulator.Tests.Sis.Students;

/// <summary>The contact, contact_info, initial_enrollment and schedule_setup blocks: stored on write, shown only when expanded.</summary>
public sealed class StudentContactBlockTests(SimulatorFixture fixture) : IClassFixture<SimulatorFixture>, IAsyncLifetime
{
    public Task InitializeAsync() => fixture.Host.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Inserted_blocks_come_back_under_their_expansions()
    {
        using var client = await fixture.Host.CreateAuthorizedClientAsync();
        var dcid = await InsertAsync(client, StudentBodies.Insert()
            .With("contact/emergency_contact_name1", "Marisol Quintero").With("contact/emergency_phone1", "217-555-0143")
            .With("contact/guardian_email", "marisol.q@family.example").With("contact_info/email", "ines.q@students.example")
            .With("initial_enrollment/district_entry_grade_level", "0").With("initial_enrollment/school_entry_date", "2024-08-19")
            .With("schedule_setup/home_room", "Room 12B").With("schedule_setup/next_school", "999999")
            .With("schedule_setup/sched_next_year_grade", "4"));

        var (_, read) = await client.GetJsonAsync($"ws/v1/student/{dcid}?expansions=contact,contact_info,initial_enrollment,schedule_setup");

        var student = read.GetProperty("student");
        Assert.Equal("Marisol Quintero", student.GetProperty("contact").GetProperty("emergency_contact_name1").GetString());
        Assert.Equal("217-555-0143", student.GetProperty("contact").GetProperty("emergency_phone1").GetString());
        Assert.Equal("marisol.q@family.example", student.GetProperty("contact").GetProperty("guardian_email").GetString());
        Assert.Equal("ines.q@students.example", student.GetProperty("contact_info").GetProperty("email").GetString());
        Assert.Equal(0, student.GetProperty("initial_enrollment").GetProperty("district_entry_grade_level").GetInt32());
        Assert.Equal("2024-08-19", student.GetProperty("initial_enrollment").GetProperty("school_entry_date").GetString());
        Assert.Equal("Room 12B", student.GetProperty("schedule_setup").GetProperty("home_room").GetString());
        Assert.Equal(999999, student.GetProperty("schedule_setup").GetProperty("next_school").GetInt32());
        Assert.Equal(4, student.GetProperty("schedule_setup").GetProperty("sched_next_year_grade").GetInt32());
    }

    [Fact]
    public async Task Blocks_are_left_out_when_not_expanded()
    {
        using var client = await fixture.Host.CreateAuthorizedClientAsync();
        var dcid = await InsertAsync(client, StudentBodies.Insert().With("contact/guardian_email", "marisol.q@family.example"));

        var (_, read) = await client.GetJsonAsync($"ws/v1/student/{dcid}");

        Assert.False(read.GetProperty("student").TryGetProperty("contact", out _));
    }

    [Fact]
    public async Task Update_replaces_the_given_contact_field_and_keeps_the_rest()
    {
        using var client = await fixture.Host.CreateAuthorizedClientAsync();
        var dcid = await InsertAsync(client, StudentBodies.Insert()
            .With("contact/emergency_contact_name1", "Marisol Quintero").With("contact/emergency_phone1", "217-555-0143")
            .With("contact/guardian_email", "marisol.q@family.example"));

        var (_, body) = await client.PostJsonAsync("ws/v1/student", StudentBodies.Single(StudentBodies.Update(dcid).With("contact/guardian_email", "tomas.q@family.example")));
        Assert.Equal("SUCCESS", body.GetProperty("results").GetProperty("result").GetProperty("status").GetString());

        var contact = (await client.GetJsonAsync($"ws/v1/student/{dcid}?expansions=contact")).Body.GetProperty("student").GetProperty("contact");
        Assert.Equal("tomas.q@family.example", contact.GetProperty("guardian_email").GetString());
        Assert.Equal("Marisol Quintero", contact.GetProperty("emergency_contact_name1").GetString());
    }

    private static async Task<long> InsertAsync(HttpClient client, JsonObject student)
    {
        var (_, body) = await client.PostJsonAsync("ws/v1/student", StudentBodies.Single(student));
        var result = body.GetProperty("results").GetProperty("result");
        Assert.True(result.GetProperty("status").GetString() == "SUCCESS", result.GetRawText());
        return result.GetProperty("success_message").GetProperty("id").GetInt64();
    }
}
