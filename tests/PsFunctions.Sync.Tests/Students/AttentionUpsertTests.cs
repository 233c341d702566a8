using System.Globalization;
using System.Text.Json;
using PowerSchool.Simulator.District;
using PsFunctions.Sync.Events;
using PsFunctions.Sync.Messaging;
using PsFunctions.Sync.Outcomes;
using PsFunctions.Sync.Status;
using PsFunctions.Sync.Students;
using PsFunctions.Sync.Tests.FlowSupport;
using PsFunctions.Sync.Tests.Harness;
using PsFunctions.Testing;

namespace PsFunctions.Sync.Tests.Students;

/// <summary>
/// Intake and upsert against the simulator and Azurite: what a family asked for and the product did not do ends as an
/// attention item (in the store, as <c>student.attention</c>, counted by the status), and the rest of the form is applied.
/// </summary>
public sealed class AttentionUpsertTests(AzuriteFixture azurite, FlowSimulatorFixture simulator)
    : IClassFixture<AzuriteFixture>, IClassFixture<FlowSimulatorFixture>
{
    private const string SchoolNumber = "school_enrollment.school_number";

    private SimulatorHost Sim => simulator.Host;

    [Fact]
    public async Task A_returning_student_asking_for_another_school_is_updated_for_the_other_fields_and_kept_for_a_transfer_naming_both_schools()
    {
        await Sim.ResetAsync();
        var storage = new TestStorage(azurite);
        await using var flow = FlowEngine.Start(Sim, storage);
        var (student, otherSchool) = StudentWithAnotherSchoolForItsGrade();

        var (submissionId, entry) = await ApplyAsync(flow, storage, Form(student, otherSchool, email: "moved.family@family.example"));

        Assert.Equal((UpsertState.Succeeded, UpsertActions.Update, student.Dcid), (entry.State, entry.Action, entry.Dcid));
        var sis = (await Sim.GetSisStudentAsync(student.Dcid))!.Value;
        Assert.Equal("moved.family@family.example", sis.GetProperty("contact").GetProperty("guardian_email").GetString());
        Assert.Equal(student.SchoolNumber, sis.GetProperty("enrollment").GetProperty("school_number").GetInt32());
        var item = Assert.Single(await storage.OpenAttentionAsync());
        var (from, to) = (Number(student.SchoolNumber), Number(otherSchool.SchoolNumber));
        Assert.Equal((submissionId, student.Dcid, SchoolNumber, AttentionKind.Transfer), (item.SubmissionId, item.Dcid, item.Field, item.Kind));
        Assert.Equal((from, to), (item.SisValue, item.RequestedValue));
        Assert.Equal($"needs a transfer in PowerSchool from school {from} to school {to}", item.Problem);
        var published = Assert.Single(flow.Events.Distinct(EventTypes.StudentAttention));
        Assert.Equal((item.Id, SchoolNumber), (Text(published.Data, "attentionId"), Text(published.Data, "field")));
        Assert.Equal(1, (await flow.Get<SyncStatusReader>().ReadAsync()).Attention.Open);
    }

    [Fact]
    public async Task A_crash_after_the_attention_event_before_the_ledger_says_Succeeded_leaves_one_item_and_one_event_id_after_the_retry()
    {
        await Sim.ResetAsync();
        var storage = new TestStorage(azurite);
        var (student, otherSchool) = StudentWithAnotherSchoolForItsGrade();
        var submission = Assert.Single(await Sim.CreateSubmissionsAsync(submissions: [Form(student, otherSchool)]));
        string firstEventId;
        await using (var first = FlowEngine.Start(Sim, storage))
        {
            first.Crashes.Arm($"events.publish:{EventTypes.StudentAttention}:done");
            await first.Intake.RunAsync(FlowEngine.DeliveryTargetId);
            await Assert.ThrowsAsync<SimulatedCrashException>(() => first.DrainAsync(WorkQueues.StudentUpserts));
            firstEventId = Assert.Single(first.Events.Distinct(EventTypes.StudentAttention)).Id;
        }

        Assert.Equal(UpsertState.Posting, (await storage.UpsertLedger.GetAsync(submission.Id))!.State);
        await using var restarted = FlowEngine.Start(Sim, storage);
        Assert.Empty((await restarted.DrainAsync(WorkQueues.StudentUpserts)).Failures);

        Assert.Equal(UpsertState.Succeeded, (await storage.UpsertLedger.GetAsync(submission.Id))!.State);
        Assert.Equal(SchoolNumber, Assert.Single(await storage.OpenAttentionAsync()).Field);
        Assert.Equal(firstEventId, Assert.Single(restarted.Events.Distinct(EventTypes.StudentAttention)).Id);
    }

    [Fact]
    public async Task Keep_leaves_the_SIS_first_name_of_a_returning_student_and_applies_the_rest()
    {
        await Sim.ResetAsync();
        using var mapping = new PolicyMapping().With("name.first_name", "onUpdate", "keep");
        var storage = new TestStorage(azurite);
        await using var flow = Start(storage, mapping);
        var student = Sim.Directory().Students[3];

        var (_, entry) = await ApplyAsync(flow, storage, Form(student, School(student), firstName: "Renamed", email: "kept.name@family.example"));

        Assert.Equal(UpsertActions.Update, entry.Action);
        var sis = (await Sim.GetSisStudentAsync(student.Dcid))!.Value;
        Assert.Equal(student.FirstName, sis.GetProperty("first_name").GetString());
        Assert.Equal("kept.name@family.example", sis.GetProperty("contact").GetProperty("guardian_email").GetString());
        Assert.Empty(await storage.OpenAttentionAsync());
    }

    [Fact]
    public async Task Flag_leaves_the_SIS_guardian_email_and_keeps_the_requested_one_for_a_person()
    {
        await Sim.ResetAsync();
        using var mapping = new PolicyMapping().With("contact.guardian_email", "onUpdate", "flag");
        var storage = new TestStorage(azurite);
        await using var flow = Start(storage, mapping);
        var student = Sim.Directory().Students[5];
        var before = (await Sim.GetSisStudentAsync(student.Dcid))!.Value.GetProperty("contact");
        var sisEmail = before.TryGetProperty("guardian_email", out var email) ? email.GetString() : null;

        var (submissionId, _) = await ApplyAsync(flow, storage, Form(student, School(student), email: "flagged.change@family.example"));

        var after = (await Sim.GetSisStudentAsync(student.Dcid))!.Value.GetProperty("contact");
        Assert.Equal(sisEmail, after.TryGetProperty("guardian_email", out var kept) ? kept.GetString() : null);
        var item = Assert.Single(await storage.OpenAttentionAsync());
        Assert.Equal((submissionId, "contact.guardian_email", AttentionKind.Flagged), (item.SubmissionId, item.Field, item.Kind));
        Assert.Equal((sisEmail, "flagged.change@family.example"), (item.SisValue, item.RequestedValue));
        var published = Assert.Single(flow.Events.Distinct(EventTypes.StudentAttention));
        Assert.DoesNotContain("flagged.change", published.Data.GetRawText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Drop_inserts_a_new_student_without_the_malformed_phone_and_keeps_it_for_a_person()
    {
        await Sim.ResetAsync();
        using var mapping = new PolicyMapping().With("phones.main.number", "onInvalid", "drop");
        var storage = new TestStorage(azurite);
        await using var flow = Start(storage, mapping);
        var school = Sim.Directory().Schools[0];
        var child = new DirectoryStudent(0, "", null, "Noor", "Haddad", new DateOnly(2018, 2, 11), Math.Max(school.LowGrade, 1), school.SchoolNumber);

        var (submissionId, entry) = await ApplyAsync(flow, storage, Form(child, school, homePhone: "555-01"));

        Assert.Equal((UpsertState.Succeeded, UpsertActions.Insert), (entry.State, entry.Action));
        var sis = (await Sim.GetSisStudentAsync(entry.Dcid!.Value))!.Value;
        Assert.Equal("Noor", sis.GetProperty("first_name").GetString());
        Assert.True(!sis.TryGetProperty("home_phone", out var phone) || phone.ValueKind == JsonValueKind.Null);
        var item = Assert.Single(await storage.OpenAttentionAsync());
        Assert.Equal((submissionId, entry.Dcid!.Value, "phones.main.number", AttentionKind.Dropped), (item.SubmissionId, item.Dcid, item.Field, item.Kind));
        Assert.Equal("555-01", item.RequestedValue);
        Assert.Contains("onInvalid drop", item.Rule, StringComparison.Ordinal);
    }

    private EngineHarness Start(TestStorage storage, PolicyMapping mapping) =>
        FlowEngine.Start(Sim, storage, new Dictionary<string, string?> { ["Sync:MappingFolder"] = mapping.Folder(FlowEngine.DeliveryTargetId) });

    // One submission through intake and the upsert queue; its ledger entry once the queue is drained.
    private async Task<(string SubmissionId, UpsertLedgerEntry Entry)> ApplyAsync(EngineHarness flow, TestStorage storage, object data)
    {
        var submission = Assert.Single(await Sim.CreateSubmissionsAsync(submissions: [data]));
        await flow.Intake.RunAsync(FlowEngine.DeliveryTargetId);
        Assert.Empty((await flow.DrainAsync(WorkQueues.StudentUpserts)).Failures);
        var entry = await storage.UpsertLedger.GetAsync(submission.Id);
        Assert.NotNull(entry);
        return (submission.Id, entry);
    }

    private (DirectoryStudent Student, DirectorySchool OtherSchool) StudentWithAnotherSchoolForItsGrade()
    {
        var schools = Sim.Directory().Schools;
        return Sim.Directory().Students
            .Select(student => (student, school: schools.FirstOrDefault(school =>
                school.SchoolNumber != student.SchoolNumber && school.LowGrade <= student.GradeLevel && student.GradeLevel <= school.HighGrade)))
            .First(pair => pair.school is not null)!;
    }

    private DirectorySchool School(DirectoryStudent student) => Sim.Directory().Schools.Single(school => school.SchoolNumber == student.SchoolNumber);

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string? Text(JsonElement data, string name) => data.GetProperty(name).GetString();

    // The form of a returning student (its student number; none for a new child) asking for its grade at school.
    private static object Form(
        DirectoryStudent student, DirectorySchool school, string? firstName = null, string email = "guardian@family.example", string homePhone = "(217) 555-0100") => new
    {
        student = new
        {
            studentID = student.StudentNumber,
            firstName = firstName ?? student.FirstName,
            lastName = student.LastName,
            birthDate = student.DateOfBirth.ToString("MM/dd/yyyy", CultureInfo.InvariantCulture),
            grade = Number(student.GradeLevel),
            schoolNumber = Number(school.SchoolNumber),
        },
        address = new { street = "40 Birch Lane", city = "Springfield", state = "IL", zip = "62702" },
        parent1 = new { relationship = "Mother", firstName = "Marisol", lastName = student.LastName, homePhone, cellPhone = "(217) 555-0143", email },
    };
}
