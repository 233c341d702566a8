using PowerSchool.Client.Sis;
using PowerSchool.Client.Sis.Students;
using PsFunctions.Sync.Events;
using PsFunctions.Sync.Messaging;
using PsFunctions.Sync.Students;
using PsFunctions.Sync.Tests.FlowSupport;
using PsFunctions.Sync.Tests.Harness;
using PsFunctions.Testing;

namespace PsFunctions.Sync.Tests.Students;

/// <summary>Each matching rule, an ambiguous match, and field errors, end to end over the simulator.</summary>
public sealed class StudentMatchingTests(AzuriteFixture azurite, FlowSimulatorFixture simulator)
    : IClassFixture<AzuriteFixture>, IClassFixture<FlowSimulatorFixture>
{
    private SimulatorHost Sim => simulator.Host;

    [Fact]
    public async Task A_record_with_only_a_state_id_updates_the_student_holding_that_state_id()
    {
        await Sim.ResetAsync();
        var directory = Sim.Directory();
        var student = directory.Students.First(s => !string.IsNullOrEmpty(s.StateStudentNumber));
        var school = directory.Schools[0];

        var entry = await ApplyAsync(FamilyData.About(student, school, stateId: student.StateStudentNumber!, firstName: "Renamed"));

        Assert.Equal(UpsertState.Succeeded, entry.State);
        Assert.Equal("UPDATE", entry.Action);
        Assert.Equal(student.Dcid, entry.Dcid);
        var stored = await Sim.GetSisStudentAsync(student.Dcid);
        Assert.Equal("Renamed", stored!.Value.GetProperty("first_name").GetString());
    }

    [Fact]
    public async Task A_record_without_ids_updates_the_student_with_the_same_names_and_birth_date()
    {
        await Sim.ResetAsync();
        var directory = Sim.Directory();
        var student = directory.Students[3];
        var before = await Sim.CountSisStudentsAsync();

        var entry = await ApplyAsync(FamilyData.About(student, directory.Schools[0]));

        Assert.Equal("UPDATE", entry.Action);
        Assert.Equal(student.Dcid, entry.Dcid);
        Assert.Equal(before, await Sim.CountSisStudentsAsync());
    }

    [Fact]
    public async Task A_record_matching_two_students_is_rejected_as_ambiguous_with_an_event_and_nothing_posted()
    {
        await Sim.ResetAsync();
        var directory = Sim.Directory();
        var school = directory.Schools[0];
        var birthDate = new DateOnly(2016, 5, 17);
        await using (var arrange = FlowEngine.Start(Sim, new TestStorage(azurite)))
        {
            var twin = SisStudentWrites.Insert("Avery", "Twinley", school.SchoolNumber, birthDate);
            var outcomes = await arrange.Get<ISisClient>().WriteStudentsAsync([twin with { ClientUid = "a" }, twin with { ClientUid = "b" }]);
            Assert.All(outcomes, outcome => Assert.True(outcome.Succeeded));
        }

        var before = await Sim.CountSisStudentsAsync();
        var (entry, flow, submissionId, storage) = await ApplyWithFlowAsync(FamilyData.Child("Avery", "Twinley", birthDate, school));
        await using (flow)
        {
            Assert.Equal(UpsertState.Rejected, entry.State);
            var rejection = await storage.Rejections.GetAsync(submissionId);
            var reason = Assert.Single(rejection!.Reasons);
            Assert.Equal("student", reason.Field);
            Assert.Contains("matches 2 SIS students", reason.Problem, StringComparison.Ordinal);
            Assert.Single(flow.Events.Distinct(EventTypes.StudentRejected), e => e.Subject == $"submission/{submissionId}");
            Assert.Equal(before, await Sim.CountSisStudentsAsync());
        }
    }

    [Fact]
    public async Task A_record_with_an_impossible_birth_date_is_rejected_naming_the_field_with_an_event()
    {
        await Sim.ResetAsync();
        var school = Sim.Directory().Schools[0];
        var before = await Sim.CountSisStudentsAsync();

        var (entry, flow, submissionId, storage) = await ApplyWithFlowAsync(
            FamilyData.Child("Jo", "Baddate", default, school, birthDateText: "02/30/2015"));
        await using (flow)
        {
            Assert.Equal(UpsertState.Rejected, entry.State);
            var rejection = await storage.Rejections.GetAsync(submissionId);
            Assert.Contains(rejection!.Reasons, reason => reason.Field == "demographics.birth_date");
            Assert.Contains("Baddate", rejection.RecordJson, StringComparison.Ordinal);
            var published = Assert.Single(flow.Events.Distinct(EventTypes.StudentRejected));
            Assert.DoesNotContain("Baddate", published.Data.GetRawText(), StringComparison.Ordinal);
            Assert.Equal(before, await Sim.CountSisStudentsAsync());
        }
    }

    private async Task<UpsertLedgerEntry> ApplyAsync(object data)
    {
        var (entry, flow, _, _) = await ApplyWithFlowAsync(data);
        await flow.DisposeAsync();
        return entry;
    }

    private async Task<(UpsertLedgerEntry Entry, EngineHarness Flow, string SubmissionId, TestStorage Storage)> ApplyWithFlowAsync(object data)
    {
        var storage = new TestStorage(azurite);
        var flow = FlowEngine.Start(Sim, storage);
        var submission = Assert.Single(await Sim.CreateSubmissionsAsync(submissions: [data]));
        await flow.Intake.RunAsync(FlowEngine.DeliveryTargetId);
        Assert.Empty((await flow.DrainAsync(WorkQueues.StudentUpserts)).Failures);
        var entry = await storage.UpsertLedger.GetAsync(submission.Id);
        Assert.NotNull(entry);
        return (entry, flow, submission.Id, storage);
    }
}
