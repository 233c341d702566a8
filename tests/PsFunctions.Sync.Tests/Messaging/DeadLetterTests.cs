using PsFunctions.Sync.Messaging;
using PsFunctions.Sync.Outcomes;
using PsFunctions.Sync.Status;
using PsFunctions.Sync.Tests.FlowSupport;
using PsFunctions.Sync.Tests.Harness;
using PsFunctions.Testing;

namespace PsFunctions.Sync.Tests.Messaging;

/// <summary>
/// Work given up is kept in the dead-letter store, which has no expiry: written on the last failed delivery (also when
/// the invocation was cancelled), swept in from the poison queues the queue host fills, shown in the status and sent
/// back by <see cref="DeadLetterRequeue"/> (<c>ops requeue-poison</c>) after the poison copy has expired.
/// </summary>
public sealed class DeadLetterTests(AzuriteFixture azurite, FlowSimulatorFixture simulator)
    : IClassFixture<AzuriteFixture>, IClassFixture<FlowSimulatorFixture>
{
    private static readonly TimeSpan PoisonCopyLifetime = TimeSpan.FromSeconds(1);

    private SimulatorHost Sim => simulator.Host;

    [Fact]
    public async Task A_document_message_failing_its_last_delivery_after_cancellation_is_still_kept_with_its_ids()
    {
        var storage = new TestStorage(azurite);
        await using var flow = FlowEngine.Start(Sim, storage);
        var message = MissingDocument("777001");
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        await Assert.ThrowsAnyAsync<Exception>(() => flow.Dispatcher.DispatchAsync(
            WorkQueues.DocumentMirror, DocumentMirrorMessage.ToJson(message), dequeueCount: 3, cancelled.Token));

        var letter = Assert.Single(await storage.OpenDeadLettersAsync(WorkQueues.DocumentMirror));
        Assert.Equal(("777001", "obj-missing-777001", 3), (letter.Ids["submissionId"], letter.Ids["objectIds"], letter.DeliveryCount));
        Assert.Contains("failed on its last delivery (3 of 3)", letter.Reason, StringComparison.Ordinal);
        Assert.Equal(DocumentMirrorMessage.ToJson(message), letter.MessageText);
    }

    [Fact]
    public async Task A_failure_before_the_last_delivery_keeps_nothing()
    {
        var storage = new TestStorage(azurite);
        await using var flow = FlowEngine.Start(Sim, storage);

        await Assert.ThrowsAnyAsync<Exception>(() => flow.Dispatcher.DispatchAsync(
            WorkQueues.DocumentMirror, DocumentMirrorMessage.ToJson(MissingDocument("777002")), dequeueCount: 2));

        Assert.Empty(await storage.OpenDeadLettersAsync(WorkQueues.DocumentMirror));
    }

    [Fact]
    public async Task A_dead_letter_outlives_the_poison_copy_and_is_requeued_from_the_store()
    {
        var storage = new TestStorage(azurite);
        await using var flow = FlowEngine.Start(Sim, storage);
        var text = DocumentMirrorMessage.ToJson(MissingDocument("777003"));
        await Assert.ThrowsAnyAsync<Exception>(() => flow.Dispatcher.DispatchAsync(WorkQueues.DocumentMirror, text, dequeueCount: 3));
        // The Functions host then copies the message to the poison queue with a time to live (7 days there, 1 s here).
        await PoisonAsHostDoesAsync(storage, WorkQueues.DocumentMirror, text);

        await WaitUntilExpiredAsync(storage, WorkQueues.PoisonOf(WorkQueues.DocumentMirror));

        var status = await flow.Get<SyncStatusReader>().ReadAsync([]);
        var shown = Assert.Single(status.DeadLetters.Oldest);
        Assert.Equal((WorkQueues.DocumentMirror, "777003"), (shown.Queue, shown.Ids["submissionId"]));
        Assert.Equal(1, status.Queues.Single(queue => queue.Queue == WorkQueues.DocumentMirror).DeadLetters);

        var requeue = await flow.Get<DeadLetterRequeue>().RequeueAsync(WorkQueues.DocumentMirror);

        Assert.Equal(new DeadLetterRequeueResult(0, 1), requeue);
        Assert.Equal([text], await storage.PeekAsync(WorkQueues.DocumentMirror));
        Assert.Empty(await storage.OpenDeadLettersAsync(WorkQueues.DocumentMirror));
        var kept = await storage.DeadLetters.GetAsync(WorkQueues.DocumentMirror, shown.Key);
        Assert.Equal(DeadLetterState.Requeued, kept!.State);
    }

    [Fact]
    public async Task A_message_the_host_poisoned_without_running_it_is_swept_into_the_store_once()
    {
        var storage = new TestStorage(azurite);
        await using var flow = FlowEngine.Start(Sim, storage);
        var text = StudentUpsertMessage.ToJson(new StudentUpsertMessage(FlowEngine.DeliveryTargetId, "batch-gone", ["888001", "888002"]));
        await PoisonAsHostDoesAsync(storage, WorkQueues.StudentUpserts, text, TimeSpan.FromDays(7));

        var moved = await flow.Get<PoisonQueueSweep>().RunAsync();
        var again = await flow.Get<PoisonQueueSweep>().RunAsync();

        Assert.Equal((1, 0), (moved, again));
        Assert.Empty(await storage.PeekAsync(WorkQueues.PoisonOf(WorkQueues.StudentUpserts)));
        var letter = Assert.Single(await storage.OpenDeadLettersAsync(WorkQueues.StudentUpserts));
        Assert.Equal(("batch-gone", "888001,888002"), (letter.Ids["batchId"], letter.Ids["submissionIds"]));
        Assert.Contains("by the queue host with no failure recorded", letter.Reason, StringComparison.Ordinal);
        Assert.Equal(text, letter.MessageText);
    }

    [Fact]
    public async Task The_sweep_keeps_the_reason_the_last_delivery_recorded()
    {
        var storage = new TestStorage(azurite);
        await using var flow = FlowEngine.Start(Sim, storage);
        var text = DocumentMirrorMessage.ToJson(MissingDocument("777004"));
        await Assert.ThrowsAnyAsync<Exception>(() => flow.Dispatcher.DispatchAsync(WorkQueues.DocumentMirror, text, dequeueCount: 3));
        await PoisonAsHostDoesAsync(storage, WorkQueues.DocumentMirror, text, TimeSpan.FromDays(7));

        Assert.Equal(1, await flow.Get<PoisonQueueSweep>().SweepAsync(WorkQueues.DocumentMirror));

        var letter = Assert.Single(await storage.OpenDeadLettersAsync(WorkQueues.DocumentMirror));
        Assert.Contains("failed on its last delivery (3 of 3)", letter.Reason, StringComparison.Ordinal);
        Assert.Empty(await storage.PeekAsync(WorkQueues.PoisonOf(WorkQueues.DocumentMirror)));
    }

    // A document the simulator never had: its download is refused (not found), which no later delivery changes.
    private static DocumentMirrorMessage MissingDocument(string submissionId) =>
        new(FlowEngine.DeliveryTargetId, submissionId, [new DocumentReference($"obj-missing-{submissionId}", "data.documents.birthCertificate")]);

    private static async Task PoisonAsHostDoesAsync(TestStorage storage, string queueName, string text, TimeSpan? timeToLive = null)
    {
        var poison = storage.Queue(WorkQueues.PoisonOf(queueName));
        await poison.CreateIfNotExistsAsync();
        await poison.SendMessageAsync(text, timeToLive: timeToLive ?? PoisonCopyLifetime);
    }

    // Azurite drops a message once its time to live has passed: wait for that (bounded), not for a fixed time.
    private static async Task WaitUntilExpiredAsync(TestStorage storage, string poisonQueue)
    {
        var waited = System.Diagnostics.Stopwatch.StartNew();
        while ((await storage.PeekAsync(poisonQueue)).Count > 0)
        {
            Assert.True(waited.Elapsed < TimeSpan.FromSeconds(30), $"{poisonQueue} still holds its message after 30 s");
            await Task.Delay(100);
        }
    }
}
