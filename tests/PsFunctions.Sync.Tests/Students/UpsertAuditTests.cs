using PowerSchool.Client.Sis.Students;
using PsFunctions.Sync.Audit;
using PsFunctions.Sync.Events;
using PsFunctions.Sync.Messaging;
using PsFunctions.Sync.Students;
using PsFunctions.Sync.Tests.FlowSupport;
using PsFunctions.Sync.Tests.Harness;
using PsFunctions.Testing;

namespace PsFunctions.Sync.Tests.Students;

/// <summary>
/// The audit of the upsert path end to end (simulator + Azurite): an UPDATE keeps what it changed with the SIS's old
/// values, <c>student.upserted</c> names the changed fields (never values), an UPDATE that changes nothing records
/// nothing, and an answer lost after the POST still ends with the entry its first attempt wrote.
/// </summary>
public sealed class UpsertAuditTests(AzuriteFixture azurite, FlowSimulatorFixture simulator)
    : IClassFixture<AzuriteFixture>, IClassFixture<FlowSimulatorFixture>
{
    private const string Street = "addresses.physical.street";

    private SimulatorHost Sim => simulator.Host;

    [Fact]
    public async Task An_update_of_a_returning_student_keeps_old_and_new_values_and_the_event_names_the_changed_fields()
    {
        await Sim.ResetAsync();
        var storage = new TestStorage(azurite);
        await using var flow = FlowEngine.Start(Sim, storage);
        var (student, data) = Returning(Sim.Directory().Students[3]);
        var before = await SisValuesAsync(flow, student.Dcid);

        var submission = await ApplyAsync(flow, data);

        var entry = Assert.Single(await storage.AuditOfAsync(submission));
        Assert.Equal((AuditState.Applied, "UPDATE", student.Dcid, AuditSource.Batch), (entry.State, entry.Action, entry.Dcid, entry.Source));
        var street = Assert.Single(entry.Changes, change => change.Field == Street);
        Assert.Equal((before[Street], "12 Elm Street"), (street.Old, street.New));
        Assert.All(entry.Changes, change => Assert.Equal(before.GetValueOrDefault(change.Field), change.Old));
        Assert.DoesNotContain(entry.Changes, change => change.Field == "name.last_name");
        var published = Assert.Single(flow.Events.Distinct(EventTypes.StudentUpserted));
        Assert.Equal(entry.ChangedFields, published.Data.GetProperty("changedFields").EnumerateArray().Select(field => field.GetString()));
        Assert.Equal(["submissionId", "dcid", "action", "changedFields"], published.Data.EnumerateObject().Select(property => property.Name));
        Assert.DoesNotContain("12 Elm Street", published.Data.GetRawText(), StringComparison.Ordinal);
        var ofStudent = new List<AuditEntry>();
        await foreach (var item in storage.Audit.ListByStudentAsync(student.Dcid))
        {
            ofStudent.Add(item);
        }

        Assert.Equal(entry, Assert.Single(ofStudent));
    }

    [Fact]
    public async Task An_update_that_sends_the_values_the_sis_holds_records_nothing()
    {
        await Sim.ResetAsync();
        var storage = new TestStorage(azurite);
        await using var flow = FlowEngine.Start(Sim, storage);
        var (_, data) = Returning(Sim.Directory().Students[6]);
        var first = await ApplyAsync(flow, data);
        Assert.NotEmpty(Assert.Single(await storage.AuditOfAsync(first)).Changes);

        var second = await ApplyAsync(flow, data);

        var ledger = await storage.UpsertLedger.GetAsync(second);
        Assert.Equal(("UPDATE", UpsertState.Succeeded), (ledger!.Action, ledger.State));
        Assert.Empty(await storage.AuditOfAsync(second));
        var published = Assert.Single(flow.Events.Distinct(EventTypes.StudentUpserted), e => e.Data.GetProperty("submissionId").GetString() == second);
        Assert.Empty(published.Data.GetProperty("changedFields").EnumerateArray());
    }

    [Fact]
    public async Task A_crash_after_the_post_before_the_audit_is_confirmed_still_ends_with_the_old_values()
    {
        await Sim.ResetAsync();
        var storage = new TestStorage(azurite);
        var (student, data) = Returning(Sim.Directory().Students[8]);
        string submission;
        IReadOnlyDictionary<string, string> before;
        await using (var first = FlowEngine.Start(Sim, storage))
        {
            before = await SisValuesAsync(first, student.Dcid);
            submission = Assert.Single(await Sim.CreateSubmissionsAsync(submissions: [data])).Id;
            await first.Intake.RunAsync(FlowEngine.DeliveryTargetId);

            // PowerSchool applied the UPDATE and answered; the process dies before the audit entry is confirmed.
            first.Crashes.Arm("audit.confirm");
            await Assert.ThrowsAsync<SimulatedCrashException>(() => first.DrainAsync(WorkQueues.StudentUpserts));
        }

        Assert.Equal(AuditState.Pending, Assert.Single(await storage.AuditOfAsync(submission)).State);
        await using var restarted = FlowEngine.Start(Sim, storage);
        // The retry looks the student up again and sees the new values: only the kept entry knows the old ones.
        Assert.Equal("12 Elm Street", (await SisValuesAsync(restarted, student.Dcid))[Street]);
        Assert.Empty((await restarted.DrainAsync(WorkQueues.StudentUpserts)).Failures);

        var entry = Assert.Single(await storage.AuditOfAsync(submission));
        Assert.Equal((AuditState.Applied, student.Dcid), (entry.State, entry.Dcid));
        var street = Assert.Single(entry.Changes, change => change.Field == Street);
        Assert.Equal((before[Street], "12 Elm Street"), (street.Old, street.New));
        var published = Assert.Single(restarted.Events.Distinct(EventTypes.StudentUpserted));
        Assert.Equal(entry.ChangedFields, published.Data.GetProperty("changedFields").EnumerateArray().Select(field => field.GetString()));
    }

    [Fact]
    public async Task An_answer_lost_after_the_post_still_ends_with_the_audit_of_the_first_attempt()
    {
        await Sim.ResetAsync();
        var storage = new TestStorage(azurite);
        await using var flow = FlowEngine.Start(Sim, storage);
        var (student, data) = Returning(Sim.Directory().Students[9]);
        var before = await SisValuesAsync(flow, student.Dcid);
        var submission = Assert.Single(await Sim.CreateSubmissionsAsync(submissions: [data])).Id;
        await flow.Intake.RunAsync(FlowEngine.DeliveryTargetId);

        // Every answer to the POST is lost (an UPDATE-only POST is retried by the client: 3 attempts in the harness), each applied.
        flow.LostAnswers.Arm(HttpMethod.Post, "/ws/v1/student", times: 3);
        Assert.Empty((await flow.DrainAsync(WorkQueues.StudentUpserts)).Failures);
        Assert.Equal(AuditState.Pending, Assert.Single(await storage.AuditOfAsync(submission)).State);
        Assert.Equal(1, await flow.Delayed.ReleaseAllAsync());
        Assert.Empty((await flow.DrainAsync(WorkQueues.StudentUpserts)).Failures);

        var entry = Assert.Single(await storage.AuditOfAsync(submission));
        Assert.Equal((AuditState.Applied, student.Dcid), (entry.State, entry.Dcid));
        var street = Assert.Single(entry.Changes, change => change.Field == Street);
        Assert.Equal((before[Street], "12 Elm Street"), (street.Old, street.New));
    }

    [Fact]
    public async Task An_insert_records_every_field_it_wrote_from_nothing()
    {
        await Sim.ResetAsync();
        var storage = new TestStorage(azurite);
        await using var flow = FlowEngine.Start(Sim, storage);
        var school = Sim.Directory().Schools[0];

        var submission = await ApplyAsync(flow, FamilyData.Child("Odalys", "Ferreira", new DateOnly(2016, 5, 9), school));

        var entry = Assert.Single(await storage.AuditOfAsync(submission));
        Assert.Equal((AuditState.Applied, "INSERT"), (entry.State, entry.Action));
        Assert.NotNull(entry.Dcid);
        Assert.All(entry.Changes, change => Assert.Null(change.Old));
        Assert.Contains(entry.Changes, change => change.Field == "school_enrollment.school_number" && change.New == school.SchoolNumber.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    // A form about an enrolled student, naming them by student number (an UPDATE), with the family's new address.
    private (PowerSchool.Simulator.District.DirectoryStudent Student, object Data) Returning(PowerSchool.Simulator.District.DirectoryStudent student)
    {
        var school = Sim.Directory().Schools.Single(candidate => candidate.SchoolNumber == student.SchoolNumber);
        return (student, FamilyData.About(student, school, studentId: student.StudentNumber));
    }

    private static async Task<IReadOnlyDictionary<string, string>> SisValuesAsync(EngineHarness flow, long dcid) =>
        SisStudentValues.Read((await flow.Get<StudentMatcher>().FindExistingAsync(dcid, null, null)).Student!);

    private async Task<string> ApplyAsync(EngineHarness flow, object data)
    {
        var submission = Assert.Single(await Sim.CreateSubmissionsAsync(submissions: [data]));
        await flow.Intake.RunAsync(FlowEngine.DeliveryTargetId);
        Assert.Empty((await flow.DrainAsync(WorkQueues.StudentUpserts)).Failures);
        return submission.Id;
    }
}
