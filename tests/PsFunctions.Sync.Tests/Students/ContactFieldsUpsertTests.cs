using System.Globalization;
using System.Text.Json;
using PsFunctions.Sync.Messaging;
using PsFunctions.Sync.Students;
using PsFunctions.Sync.Tests.FlowSupport;
using PsFunctions.Sync.Tests.Harness;
using PsFunctions.Testing;

namespace PsFunctions.Sync.Tests.Students;

/// <summary>The default mapping's contact fields travel all the way into the SIS student, not just into the mapped record.</summary>
public sealed class ContactFieldsUpsertTests(AzuriteFixture azurite, FlowSimulatorFixture simulator)
    : IClassFixture<AzuriteFixture>, IClassFixture<FlowSimulatorFixture>
{
    private SimulatorHost Sim => simulator.Host;

    [Fact]
    public async Task Inserted_student_carries_the_emergency_contacts_and_guardian_email_of_the_submission()
    {
        await Sim.ResetAsync();
        var storage = new TestStorage(azurite);
        await using var flow = FlowEngine.Start(Sim, storage);

        var entry = await ApplyAsync(flow, storage, WithParents(Sim.Directory().Schools[0]));

        Assert.Equal((UpsertState.Succeeded, "INSERT"), (entry.State, entry.Action));
        var contact = (await Sim.GetSisStudentAsync(entry.Dcid!.Value))!.Value.GetProperty("contact");
        Assert.Equal("Marisol Quintero", Text(contact, "emergency_contact_name1"));
        Assert.Equal("217-555-0143", Text(contact, "emergency_phone1"));
        Assert.Equal("Tomas Quintero", Text(contact, "emergency_contact_name2"));
        Assert.Equal("217-555-0188", Text(contact, "emergency_phone2"));
        Assert.Equal("marisol.q@family.example", Text(contact, "guardian_email"));
    }

    [Fact]
    public async Task Returning_student_update_replaces_the_guardian_email()
    {
        await Sim.ResetAsync();
        var storage = new TestStorage(azurite);
        await using var flow = FlowEngine.Start(Sim, storage);
        var school = Sim.Directory().Schools[0];
        var dcid = (await ApplyAsync(flow, storage, WithParents(school))).Dcid!.Value;
        var studentNumber = (await Sim.GetSisStudentAsync(dcid))!.Value.GetProperty("student_number").GetInt64();

        var entry = await ApplyAsync(flow, storage, WithParents(school, studentNumber.ToString(CultureInfo.InvariantCulture), "new.guardian@family.example"));

        Assert.Equal(("UPDATE", dcid), (entry.Action, entry.Dcid!.Value));
        var contact = (await Sim.GetSisStudentAsync(dcid))!.Value.GetProperty("contact");
        Assert.Equal("new.guardian@family.example", Text(contact, "guardian_email"));
    }

    // One submission through intake and the upsert queue; its ledger entry once the queue is drained.
    private async Task<UpsertLedgerEntry> ApplyAsync(EngineHarness flow, TestStorage storage, object data)
    {
        var submission = Assert.Single(await Sim.CreateSubmissionsAsync(submissions: [data]));
        await flow.Intake.RunAsync(FlowEngine.DeliveryTargetId);
        Assert.Empty((await flow.DrainAsync(WorkQueues.StudentUpserts)).Failures);
        var entry = await storage.UpsertLedger.GetAsync(submission.Id);
        Assert.NotNull(entry);
        return entry;
    }

    private static string? Text(JsonElement block, string name) =>
        block.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static object WithParents(PowerSchool.Simulator.District.DirectorySchool school, string studentId = "", string email = "Marisol.Q@Family.Example") => new
    {
        student = new
        {
            studentID = studentId,
            firstName = "Inés",
            lastName = "Quintero",
            birthDate = "04/17/2017",
            gender = "F",
            grade = Math.Max(school.LowGrade, 1).ToString(CultureInfo.InvariantCulture),
            schoolNumber = school.SchoolNumber.ToString(CultureInfo.InvariantCulture),
        },
        address = new { street = "40 Birch Lane", city = "Springfield", state = "IL", zip = "62702" },
        parent1 = new { relationship = "Mother", firstName = "Marisol", lastName = "Quintero", cellPhone = "(217) 555-0143", email },
        parent2 = new { relationship = "Father", firstName = "Tomas", lastName = "Quintero", homePhone = "217.555.0188" },
    };
}
