using System.Net.Http.Json;
using System.Text.Json;
using Azure.Storage.Blobs.Specialized;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using PsFunctions.Azure.Storage;
using PsFunctions.Azure.Storage.Blobs;
using PsFunctions.Sync.Enrollment;
using PsFunctions.Sync.Messaging;
using PsFunctions.Sync.Outcomes;
using PsFunctions.Sync.Status;
using PsFunctions.Sync.Tests.FlowSupport;
using PsFunctions.Sync.Tests.Harness;
using PsFunctions.Testing;

namespace PsFunctions.Sync.Tests.Enrollment;

/// <summary>
/// Intake never sticks: an answer or a record it cannot read, a stored batch whose blob is gone, a lost intake lock
/// (the simulator breaks createbatch answers through <c>/_sim/enrollment/batch-flaws</c>).
/// </summary>
public sealed class IntakeRobustnessTests(AzuriteFixture azurite, FlowSimulatorFixture simulator)
    : IClassFixture<AzuriteFixture>, IClassFixture<FlowSimulatorFixture>
{
    private SimulatorHost Sim => simulator.Host;

    [Fact]
    public async Task Records_without_an_id_or_data_or_with_a_repeated_id_are_quarantined_with_their_reason_and_the_rest_goes_on()
    {
        await Sim.ResetAsync();
        var storage = new TestStorage(azurite);
        await using var flow = FlowEngine.Start(Sim, storage);
        await Sim.CreateSubmissionsAsync(count: 5, returning: false);
        await ArmFlawsAsync("RecordWithoutId", "RecordWithoutData", "DuplicateRecordId");

        var result = await flow.Intake.RunAsync(FlowEngine.DeliveryTargetId);

        Assert.Equal((1, 4), (result.RecordCount, result.QuarantinedRecords));
        var archived = await storage.Archive.ReadAsync(FlowEngine.DeliveryTargetId, result.BatchId!);
        using var batch = JsonDocument.Parse(archived!.Value);
        var records = batch.RootElement.GetProperty("records");
        Assert.False(records[0].TryGetProperty("id", out _));
        Assert.Equal([records[2].GetProperty("id").GetInt64().ToString(System.Globalization.CultureInfo.InvariantCulture)], await storage.QueuedSubmissionIdsAsync());
        var expected = new (int Index, string Field, string Rule)[]
        {
            (0, "records[0].id", "every delivery record carries its submission id (a positive whole number)"),
            (1, "records[1].data", "every delivery record carries the submission's data object"),
            (3, "records[3].id", "a submission appears once in a batch"),
            (4, "records[4].id", "a submission appears once in a batch"),
        };
        foreach (var (index, field, rule) in expected)
        {
            var rejection = await storage.Rejections.GetAsync(Rejection.UnreadableRecordKey(result.BatchId!, index));
            Assert.NotNull(rejection);
            Assert.Equal((field, rule), (rejection.Reasons.Single().Field, rejection.Reasons.Single().Rule));
            Assert.Equal(records[index].GetRawText(), rejection.RecordJson);
        }

        var next = await flow.Intake.RunAsync(FlowEngine.DeliveryTargetId);
        Assert.Equal((0, 0), (next.RecoveredBatches, next.RecordCount));
        Assert.Equal(BatchState.Enqueued, (await storage.BatchLedger.GetAsync(FlowEngine.DeliveryTargetId, result.BatchId!))!.State);
    }

    [Fact]
    public async Task An_answer_that_is_not_a_batch_is_kept_as_sent_and_its_records_come_back_after_the_next_runs_reset()
    {
        await Sim.ResetAsync();
        var storage = new TestStorage(azurite);
        await using var flow = FlowEngine.Start(Sim, storage);
        var submissions = await Sim.CreateSubmissionsAsync(count: 3, returning: false);
        await ArmFlawsAsync("Truncated");

        var unreadable = await flow.Intake.RunAsync(FlowEngine.DeliveryTargetId);
        var next = await flow.Intake.RunAsync(FlowEngine.DeliveryTargetId);

        Assert.NotNull(unreadable.UnreadableBatch);
        var kept = await storage.Archive.ReadAsync(FlowEngine.DeliveryTargetId, unreadable.UnreadableBatch);
        Assert.NotNull(kept);
        Assert.StartsWith("{\"id\":", System.Text.Encoding.UTF8.GetString(kept.Value.Span), StringComparison.Ordinal);
        Assert.ThrowsAny<JsonException>(() => JsonDocument.Parse(kept.Value));
        Assert.Equal("unreadable", (await storage.BatchLedger.GetLastRunsAsync(FlowEngine.DeliveryTargetId, 2))[1].Outcome);
        Assert.Equal((1, 3), (next.ResetBatches, next.RecordCount));
        Assert.Equal(submissions.Select(s => s.Id).Order(), (await storage.QueuedSubmissionIdsAsync()).Order());
    }

    [Fact]
    public async Task A_stored_batch_whose_blob_is_gone_is_reported_in_the_status_and_skipped_by_every_later_run()
    {
        await Sim.ResetAsync();
        var storage = new TestStorage(azurite);
        await Sim.CreateSubmissionsAsync(count: 3, returning: false);
        string batchId;
        await using (var crashed = FlowEngine.Start(Sim, storage))
        {
            crashed.Crashes.Arm($"queue.enqueue:{WorkQueues.StudentUpserts}");
            await Assert.ThrowsAsync<SimulatedCrashException>(() => crashed.Intake.RunAsync(FlowEngine.DeliveryTargetId));
            batchId = await StoredBatchIdAsync(storage);
        }

        await storage.Container(StorageNames.EnrollmentBatchesContainer).DeleteBlobAsync(BlobBatchArchive.BlobName(FlowEngine.DeliveryTargetId, batchId));
        await using var restarted = FlowEngine.Start(Sim, storage);
        var first = await restarted.Intake.RunAsync(FlowEngine.DeliveryTargetId);
        var second = await restarted.Intake.RunAsync(FlowEngine.DeliveryTargetId);

        Assert.Equal((0, 0), (first.RecoveredBatches, second.RecoveredBatches));
        Assert.Equal(BatchState.ArchiveMissing, (await storage.BatchLedger.GetAsync(FlowEngine.DeliveryTargetId, batchId))!.State);
        var status = await restarted.Get<SyncStatusReader>().ReadAsync();
        Assert.Equal([batchId], status.DeliveryTargets.Single().MissingBatches);
    }

    [Fact]
    public async Task A_run_that_loses_its_intake_lock_writes_nothing_more_and_the_next_run_delivers_every_record_once()
    {
        await Sim.ResetAsync();
        var storage = new TestStorage(azurite);
        var clock = new FakeTimeProvider(TimeProvider.System.GetUtcNow());
        var locks = new LeaseWatch();
        var submissions = await Sim.CreateSubmissionsAsync(count: 3, returning: false);
        await using var flow = FlowEngine.Start(Sim, storage, time: clock, services: services => services.Decorate<IIntakeLock>(locks.Around));
        var (reached, resume) = flow.Crashes.PauseAt("batchledger.save:Stored");

        var run = flow.Intake.RunAsync(FlowEngine.DeliveryTargetId);
        await reached.WaitAsync(TimeSpan.FromSeconds(60));
        var lockBlob = storage.Container(StorageNames.EnrollmentBatchesContainer).GetBlobClient($"{FlowEngine.DeliveryTargetId}.intake-lock");
        await lockBlob.GetBlobLeaseClient().BreakAsync(TimeSpan.Zero);
        await using (var other = await storage.IntakeLock.TryAcquireAsync(FlowEngine.DeliveryTargetId))
        {
            Assert.NotNull(other);
            clock.Advance(BlobLeaseIntakeLock.LeaseDuration / 2);
            await locks.Lost.WaitAsync(TimeSpan.FromSeconds(60));
            resume();
            await Assert.ThrowsAsync<IntakeLeaseLostException>(() => run);
        }

        Assert.Empty(await storage.PeekAsync(WorkQueues.StudentUpserts));
        Assert.Empty(await storage.BatchLedger.GetLastRunsAsync(FlowEngine.DeliveryTargetId, 5));
        var next = await flow.Intake.RunAsync(FlowEngine.DeliveryTargetId);
        Assert.Equal((1, submissions.Count), (next.ResetBatches, next.RecordCount));
        Assert.Equal(submissions.Select(s => s.Id).Order(), (await storage.QueuedSubmissionIdsAsync()).Order());
    }

    private async Task ArmFlawsAsync(params string[] flaws)
    {
        using var response = await Sim.Admin.PostAsJsonAsync("/_sim/enrollment/batch-flaws", new { flaws });
        response.EnsureSuccessStatusCode();
    }

    private static async Task<string> StoredBatchIdAsync(TestStorage storage)
    {
        await foreach (var record in storage.BatchLedger.ListAsync(FlowEngine.DeliveryTargetId, BatchState.Stored))
        {
            return record.BatchId;
        }

        throw new InvalidOperationException("no stored batch");
    }

    /// <summary>Completes <see cref="Lost"/> when the lease the run holds is lost.</summary>
    private sealed class LeaseWatch
    {
        private readonly TaskCompletionSource _lost = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public Task Lost => _lost.Task;

        public IIntakeLock Around(IIntakeLock inner) => new Watched(inner, this);

        private sealed class Watched(IIntakeLock inner, LeaseWatch watch) : IIntakeLock
        {
            public async Task<IIntakeLease?> TryAcquireAsync(string deliveryTargetId, CancellationToken cancellationToken = default)
            {
                var lease = await inner.TryAcquireAsync(deliveryTargetId, cancellationToken);
                lease?.Lost.Register(() => watch._lost.TrySetResult());
                return lease;
            }
        }
    }
}
