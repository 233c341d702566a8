using System.Globalization;
using Azure.Data.Tables;
using PsFunctions.Azure.Storage;
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
/// Corrected resubmissions end to end (simulator + Azurite + the engine): Enrollment delivers a submission again with new
/// content (staff returned it to the family and approved it again) and the new content reaches the SIS; the same content
/// delivered again (resetbatch) changes nothing; ledger entries written before versions are read after the upgrade.
/// </summary>
public sealed class ResubmissionTests(AzuriteFixture azurite, FlowSimulatorFixture simulator)
    : IClassFixture<AzuriteFixture>, IClassFixture<FlowSimulatorFixture>
{
    private SimulatorHost Sim => simulator.Host;

    [Fact]
    public async Task A_rejected_submission_corrected_in_Enrollment_is_inserted_and_its_rejection_superseded()
    {
        await Sim.ResetAsync();
        var storage = new TestStorage(azurite);
        await using var flow = FlowEngine.Start(Sim, storage);
        var school = Sim.Directory().Schools[0];
        var before = await Sim.CountSisStudentsAsync();
        var submission = Assert.Single(await Sim.CreateSubmissionsAsync(submissions: [Family(school, "Nowhere Academy", "", "7 Pine Road")]));
        await CycleAsync(flow);
        var rejected = await storage.Rejections.GetAsync(submission.Id);
        Assert.Equal("school_enrollment.school_number", Assert.Single(rejected!.Reasons).Field);

        await SimulatorSubmissions.ResubmitAsync(Sim, submission.Id, new { student = new { school = school.Name, schoolNumber = Number(school) } });
        var second = await CycleAsync(flow);

        Assert.Equal(before + 1, await Sim.CountSisStudentsAsync());
        var entry = await storage.UpsertLedger.GetAsync(submission.Id);
        Assert.Equal((UpsertState.Succeeded, "INSERT", second), (entry!.State, entry.Action, entry.BatchId));
        Assert.Null(await storage.Rejections.GetAsync(submission.Id));
        Assert.Empty(await storage.Rejections.ListAwaitingAsync().ToListAsync());
        var superseded = Assert.Single(await storage.Rejections.ListSupersededAsync().ToListAsync());
        Assert.Equal((submission.Id, rejected.BatchId, second), (superseded.SubmissionId, superseded.BatchId, superseded.SupersededByBatchId));
        var status = await flow.Get<SyncStatusReader>().ReadAsync();
        Assert.Equal((0, 1), (status.Rejections.Awaiting, status.Rejections.Superseded));
    }

    [Fact]
    public async Task A_correction_that_is_rejected_again_supersedes_the_earlier_rejection_and_awaits_a_person_itself()
    {
        await Sim.ResetAsync();
        var storage = new TestStorage(azurite);
        await using var flow = FlowEngine.Start(Sim, storage);
        var school = Sim.Directory().Schools[0];
        var submission = Assert.Single(await Sim.CreateSubmissionsAsync(submissions: [Family(school, "Nowhere Academy", "", "7 Pine Road")]));
        var first = await CycleAsync(flow);

        await SimulatorSubmissions.ResubmitAsync(Sim, submission.Id, new { student = new { school = "Elsewhere Academy" } });
        var second = await CycleAsync(flow);

        var current = await storage.Rejections.GetAsync(submission.Id);
        Assert.Equal((second, false), (current!.BatchId, current.Resolved));
        Assert.Equal([submission.Id], (await storage.Rejections.ListAwaitingAsync().ToListAsync()).Select(rejection => rejection.SubmissionId));
        var superseded = Assert.Single(await storage.Rejections.ListSupersededAsync().ToListAsync());
        Assert.Equal((first, second), (superseded.BatchId, superseded.SupersededByBatchId));
    }

    [Fact]
    public async Task An_applied_submission_corrected_in_Enrollment_updates_the_same_student_with_the_new_value()
    {
        await Sim.ResetAsync();
        var storage = new TestStorage(azurite);
        await using var flow = FlowEngine.Start(Sim, storage);
        var (submission, inserted) = await ApplyOneAsync(flow, storage);
        var count = await Sim.CountSisStudentsAsync();

        // A corrected last name as well: matching by name would find nobody and INSERT a second student.
        await SimulatorSubmissions.ResubmitAsync(Sim, submission.Id, new { student = new { lastName = "Quintero-Diaz" }, address = new { street = "12 Cedar Court" } });
        await CycleAsync(flow);

        Assert.Equal(count, await Sim.CountSisStudentsAsync());
        var updated = await storage.UpsertLedger.GetAsync(submission.Id);
        Assert.Equal(("UPDATE", inserted.Dcid), (updated!.Action, updated.Dcid));
        var student = (await Sim.GetSisStudentAsync(inserted.Dcid!.Value))!.Value;
        Assert.Equal("12 Cedar Court", student.GetProperty("physical_address").GetProperty("street").GetString());
        Assert.Equal("Quintero-Diaz", student.GetProperty("last_name").GetString());
        Assert.Equal(2, (await storage.UpsertLedger.GetVersionsAsync(submission.Id)).Count);
        var upserted = flow.Events.Distinct(EventTypes.StudentUpserted).Where(e => e.Data.GetProperty("submissionId").GetString() == submission.Id).ToList();
        Assert.Equal(["INSERT", "UPDATE"], upserted.Select(e => e.Data.GetProperty("action").GetString()));
    }

    [Theory]
    [InlineData("upsertledger.save:Posting")]
    [InlineData("upsertledger.save:Posting:done")]
    [InlineData("events.publish:student.upserted")]
    [InlineData("upsertledger.save:Succeeded")]
    [InlineData("upsertledger.save:Succeeded:done")]
    public async Task A_crash_while_a_correction_is_applied_then_a_restart_updates_the_same_student_once(string step)
    {
        await Sim.ResetAsync();
        var storage = new TestStorage(azurite);
        (SimSubmission Submission, UpsertLedgerEntry Inserted) applied;
        await using (var flow = FlowEngine.Start(Sim, storage))
        {
            applied = await ApplyOneAsync(flow, storage);
        }

        var count = await Sim.CountSisStudentsAsync();
        await SimulatorSubmissions.ResubmitAsync(Sim, applied.Submission.Id, new { student = new { lastName = "Quintero-Diaz" }, address = new { street = "12 Cedar Court" } });
        await using (var crashing = FlowEngine.Start(Sim, storage))
        {
            crashing.Crashes.Arm(step, 1);
            await CycleUntilCrashAsync(crashing);
            Assert.True(crashing.Crashes.Fired, $"the crash point {step} was never reached");
        }

        await using var restarted = FlowEngine.Start(Sim, storage);
        await CycleAsync(restarted);

        Assert.Equal(count, await Sim.CountSisStudentsAsync());
        var entry = await storage.UpsertLedger.GetAsync(applied.Submission.Id);
        Assert.Equal((UpsertState.Succeeded, "UPDATE", applied.Inserted.Dcid), (entry!.State, entry.Action, entry.Dcid));
        Assert.Equal("12 Cedar Court", (await Sim.GetSisStudentAsync(applied.Inserted.Dcid!.Value))!.Value.GetProperty("physical_address").GetProperty("street").GetString());
    }

    [Fact]
    public async Task A_batch_delivered_again_with_the_same_content_posts_nothing()
    {
        await Sim.ResetAsync();
        var storage = new TestStorage(azurite);
        await using var flow = FlowEngine.Start(Sim, storage);
        var school = Sim.Directory().Schools[0];
        Assert.Single(await Sim.CreateSubmissionsAsync(submissions: [Family(school, school.Name, Number(school), "7 Pine Road")]));
        var first = await CycleAsync(flow);
        var posts = await Sim.GetCounterAsync("POST /ws/v1/student");

        Assert.True(await flow.Get<PowerSchool.Client.Enrollment.IEnrollmentClient>().ResetBatchAsync(FlowEngine.DeliveryTargetId, first));
        await CycleAsync(flow);

        Assert.Equal(posts, await Sim.GetCounterAsync("POST /ws/v1/student"));
    }

    [Fact]
    public async Task A_submission_applied_before_the_upgrade_is_updated_not_inserted_again_when_it_comes_with_new_content()
    {
        await Sim.ResetAsync();
        var storage = new TestStorage(azurite);
        await using var flow = FlowEngine.Start(Sim, storage);
        var (submission, inserted) = await ApplyOneAsync(flow, storage);
        var dcid = inserted.Dcid!.Value;
        await RewriteAsLegacyAsync(storage, submission.Id, dcid);
        var count = await Sim.CountSisStudentsAsync();

        await SimulatorSubmissions.ResubmitAsync(Sim, submission.Id, new { student = new { firstName = "Inés María" } });
        await CycleAsync(flow);

        Assert.Equal(count, await Sim.CountSisStudentsAsync());
        var entry = await storage.UpsertLedger.GetAsync(submission.Id);
        Assert.Equal(("UPDATE", (long?)dcid), (entry!.Action, entry.Dcid));
        Assert.Equal("Inés María", (await Sim.GetSisStudentAsync(dcid))!.Value.GetProperty("first_name").GetString());
    }

    // What the ledger held for the submission before versions: one row, RowKey "upsert", six columns.
    private static async Task RewriteAsLegacyAsync(TestStorage storage, string submissionId, long dcid)
    {
        var table = new TableServiceClient(storage.ConnectionString).GetTableClient(StorageNames.Prefixed(storage.NamePrefix, StorageNames.UpsertLedgerTable));
        await foreach (var row in table.QueryAsync<TableEntity>(row => row.PartitionKey == submissionId))
        {
            await table.DeleteEntityAsync(row);
        }

        await table.AddEntityAsync(new TableEntity(submissionId, "upsert")
        {
            ["SubmissionId"] = submissionId, ["ClientUid"] = submissionId, ["State"] = "Succeeded", ["Action"] = "INSERT",
            ["Dcid"] = dcid, ["UpdatedAt"] = DateTimeOffset.UnixEpoch,
        });
    }

    // A new family's submission inserted through one cycle; its ledger entry.
    private async Task<(SimSubmission Submission, UpsertLedgerEntry Inserted)> ApplyOneAsync(EngineHarness flow, TestStorage storage)
    {
        var school = Sim.Directory().Schools[0];
        var submission = Assert.Single(await Sim.CreateSubmissionsAsync(submissions: [Family(school, school.Name, Number(school), "7 Pine Road")]));
        await CycleAsync(flow);
        var inserted = await storage.UpsertLedger.GetAsync(submission.Id);
        Assert.Equal(UpsertState.Succeeded, inserted?.State);
        return (submission, inserted!);
    }

    // One intake and the upsert queue drained; the batch id intake delivered.
    private static async Task<string> CycleAsync(EngineHarness flow)
    {
        var intake = await flow.Intake.RunAsync(FlowEngine.DeliveryTargetId);
        Assert.Empty((await flow.DrainAsync(WorkQueues.StudentUpserts)).Failures);
        return intake.BatchId!;
    }

    private static async Task CycleUntilCrashAsync(EngineHarness flow)
    {
        try
        {
            await flow.Intake.RunAsync(FlowEngine.DeliveryTargetId);
            await flow.DrainAsync(WorkQueues.StudentUpserts);
        }
        catch (SimulatedCrashException)
        {
            // The process died here; the next harness is the restart.
        }
    }

    private static string Number(PowerSchool.Simulator.District.DirectorySchool school) => school.SchoolNumber.ToString(CultureInfo.InvariantCulture);

    private static object Family(PowerSchool.Simulator.District.DirectorySchool school, string schoolName, string schoolNumber, string street) => new
    {
        student = new
        {
            studentID = "", firstName = "Inés", lastName = "Quintero", birthDate = "04/17/2017", gender = "F",
            grade = Math.Max(school.LowGrade, 1).ToString(CultureInfo.InvariantCulture), school = schoolName, schoolNumber,
        },
        address = new { street, city = "Springfield", state = "IL", zip = "62702" },
    };
}
