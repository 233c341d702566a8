using PowerSchool.Client;
using PsFunctions.Sync.Enrollment;
using PsFunctions.Sync.Events;
using PsFunctions.Sync.Messaging;
using PsFunctions.Sync.Tests.FlowSupport;
using PsFunctions.Sync.Tests.Harness;
using PsFunctions.Testing;

namespace PsFunctions.Sync.Tests.Enrollment;

/// <summary>Enrollment intake against Azurite and the simulator: batches, documents, empty runs, recovery, lost answers.</summary>
public sealed class EnrollmentIntakeTests(AzuriteFixture azurite, FlowSimulatorFixture simulator)
    : IClassFixture<AzuriteFixture>, IClassFixture<FlowSimulatorFixture>
{
    private SimulatorHost Sim => simulator.Host;

    [Fact]
    public async Task A_batch_is_stored_recorded_and_enqueued_in_post_sized_messages_with_one_document_message_per_submission()
    {
        await Sim.ResetAsync();
        var storage = new TestStorage(azurite);
        await using var flow = FlowEngine.Start(Sim, storage);
        var submissions = await Sim.CreateSubmissionsAsync(count: 12, returning: false);

        var result = await flow.Intake.RunAsync(FlowEngine.DeliveryTargetId);

        Assert.Equal(12, result.RecordCount);
        Assert.Equal(2, result.UpsertMessages);
        Assert.Equal(12, result.DocumentMessages);
        Assert.NotNull(await storage.Archive.ReadAsync(FlowEngine.DeliveryTargetId, result.BatchId!));
        var record = await storage.BatchLedger.GetAsync(FlowEngine.DeliveryTargetId, result.BatchId!);
        Assert.Equal(BatchState.Enqueued, record!.State);
        var upserts = (await storage.PeekAsync(WorkQueues.StudentUpserts)).Select(StudentUpsertMessage.Parse).ToList();
        Assert.Equal(submissions.Select(s => s.Id).Order(), upserts.SelectMany(m => m.SubmissionIds).Order());
        Assert.All(upserts, m => Assert.True(m.SubmissionIds.Count <= 10));
        var documents = (await storage.PeekAsync(WorkQueues.DocumentMirror)).Select(DocumentMirrorMessage.Parse).ToList();
        var first = documents.Single(d => d.SubmissionId == submissions[0].Id);
        Assert.Equal(submissions[0].DocumentCount, first.Documents.Count);
        Assert.Contains(first.Documents, d => d.DataItem == "data.documents.birthCertificate");
        var received = flow.Events.Distinct(EventTypes.SubmissionReceived);
        Assert.Equal(12, received.Count);
        Assert.All(received, e => Assert.Equal(result.BatchId, e.Data.GetProperty("batchId").GetString()));
        Assert.Single(await storage.BatchLedger.GetLastRunsAsync(FlowEngine.DeliveryTargetId, 5));
    }

    [Fact]
    public async Task An_empty_batch_records_a_run_and_nothing_else()
    {
        await Sim.ResetAsync();
        var storage = new TestStorage(azurite);
        await using var flow = FlowEngine.Start(Sim, storage);

        var result = await flow.Intake.RunAsync(FlowEngine.DeliveryTargetId);

        Assert.Null(result.BatchId);
        Assert.Equal(0, result.UpsertMessages);
        var run = Assert.Single(await storage.BatchLedger.GetLastRunsAsync(FlowEngine.DeliveryTargetId, 5));
        Assert.Equal("empty", run.Outcome);
        Assert.Equal(0, run.RecordCount);
        Assert.Null(await storage.BatchLedger.GetAsync(FlowEngine.DeliveryTargetId, run.BatchId!));
        Assert.Empty(await storage.PeekAsync(WorkQueues.StudentUpserts));
        Assert.Empty(flow.Events.All);
    }

    [Fact]
    public async Task A_batch_stored_but_not_enqueued_is_recovered_by_the_next_run_from_its_stored_copy()
    {
        await Sim.ResetAsync();
        var storage = new TestStorage(azurite);
        var submissions = await Sim.CreateSubmissionsAsync(count: 3, returning: false);
        await using (var crashed = FlowEngine.Start(Sim, storage))
        {
            crashed.Crashes.Arm($"queue.enqueue:{WorkQueues.StudentUpserts}");
            await Assert.ThrowsAsync<SimulatedCrashException>(() => crashed.Intake.RunAsync(FlowEngine.DeliveryTargetId));
        }

        await using var restarted = FlowEngine.Start(Sim, storage);
        var result = await restarted.Intake.RunAsync(FlowEngine.DeliveryTargetId);

        Assert.Equal(1, result.RecoveredBatches);
        Assert.Null(result.BatchId);
        var ids = await storage.QueuedSubmissionIdsAsync();
        Assert.Equal(submissions.Select(s => s.Id).Order(), ids.Order());
    }

    [Fact]
    public async Task A_lost_createbatch_answer_is_found_through_getbatches_reset_and_delivered_again()
    {
        await Sim.ResetAsync();
        var storage = new TestStorage(azurite);
        await using var flow = FlowEngine.Start(Sim, storage);
        var submissions = await Sim.CreateSubmissionsAsync(count: 3, returning: false);

        flow.LostAnswers.Arm(HttpMethod.Post, "/createbatch");
        var result = await flow.Intake.RunAsync(FlowEngine.DeliveryTargetId);

        Assert.Equal(1, result.ResetBatches);
        Assert.Equal(3, result.RecordCount);
        var ids = await storage.QueuedSubmissionIdsAsync();
        Assert.Equal(submissions.Select(s => s.Id).Order(), ids.Order());
    }

    [Fact]
    public async Task A_dropped_createbatch_connection_fails_the_run_and_the_next_run_loses_nothing()
    {
        await Sim.ResetAsync();
        var storage = new TestStorage(azurite);
        await using var flow = FlowEngine.Start(Sim, storage);
        var submissions = await Sim.CreateSubmissionsAsync(count: 2, returning: false);

        await Sim.SetFaultsAsync(new { dropConnectionRate = 1.0, scope = "Enrollment", endpoints = CreateBatch });
        await Assert.ThrowsAsync<PowerSchoolOutcomeUnknownException>(() => flow.Intake.RunAsync(FlowEngine.DeliveryTargetId));
        await Sim.ClearFaultsAsync();
        var result = await flow.Intake.RunAsync(FlowEngine.DeliveryTargetId);

        Assert.Equal(2, result.RecordCount);
        Assert.Equal(submissions.Count, flow.Events.Distinct(EventTypes.SubmissionReceived).Count);
    }

    [Fact]
    public async Task Repeated_empty_runs_reset_no_batch_and_find_nothing()
    {
        await Sim.ResetAsync();
        var storage = new TestStorage(azurite);
        await using var flow = FlowEngine.Start(Sim, storage);

        var results = new List<IntakeResult>();
        for (var i = 0; i < 3; i++)
        {
            results.Add(await flow.Intake.RunAsync(FlowEngine.DeliveryTargetId));
        }

        Assert.All(results, result => Assert.Equal((0, 0, 0), (result.RecordCount, result.RecoveredBatches, result.ResetBatches)));
        Assert.Equal(3, (await storage.BatchLedger.GetLastRunsAsync(FlowEngine.DeliveryTargetId, 5)).Count);
    }

    [Fact]
    public async Task A_batch_delivered_before_a_crash_is_reset_once_delivered_again_and_never_reset_again()
    {
        await Sim.ResetAsync();
        var storage = new TestStorage(azurite);
        var submissions = await Sim.CreateSubmissionsAsync(count: 4, returning: false);
        await using (var crashed = FlowEngine.Start(Sim, storage))
        {
            crashed.Crashes.Arm("archive.save");
            await Assert.ThrowsAsync<SimulatedCrashException>(() => crashed.Intake.RunAsync(FlowEngine.DeliveryTargetId));
        }

        await using var restarted = FlowEngine.Start(Sim, storage);
        var recovering = await restarted.Intake.RunAsync(FlowEngine.DeliveryTargetId);
        var later = new[]
        {
            await restarted.Intake.RunAsync(FlowEngine.DeliveryTargetId),
            await restarted.Intake.RunAsync(FlowEngine.DeliveryTargetId),
        };

        Assert.Equal((1, 4), (recovering.ResetBatches, recovering.RecordCount));
        Assert.All(later, result => Assert.Equal((0, 0), (result.ResetBatches, result.RecordCount)));
        var ids = await storage.QueuedSubmissionIdsAsync();
        Assert.Equal(submissions.Select(s => s.Id).Order(), ids.Order());
    }

    [Fact]
    public async Task A_run_while_another_holds_the_targets_lock_takes_no_batch_and_the_next_run_does()
    {
        await Sim.ResetAsync();
        var storage = new TestStorage(azurite);
        await using var flow = FlowEngine.Start(Sim, storage);
        var submissions = await Sim.CreateSubmissionsAsync(count: 2, returning: false);

        IntakeResult busy;
        await using (var other = await storage.IntakeLock.TryAcquireAsync(FlowEngine.DeliveryTargetId))
        {
            Assert.NotNull(other);
            busy = await flow.Intake.RunAsync(FlowEngine.DeliveryTargetId);
        }

        var next = await flow.Intake.RunAsync(FlowEngine.DeliveryTargetId);

        Assert.True(busy.AnotherRunInProgress);
        Assert.Equal((0, false), (busy.RecordCount, next.AnotherRunInProgress));
        Assert.Equal(submissions.Count, next.RecordCount);
        Assert.Single(await storage.BatchLedger.GetLastRunsAsync(FlowEngine.DeliveryTargetId, 5));
    }

    private static readonly string[] CreateBatch = ["POST /api/v1/deliverytargets/{targetId}/createbatch"];
}
