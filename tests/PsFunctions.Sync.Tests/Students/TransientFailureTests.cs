using Microsoft.Extensions.Time.Testing;
using PsFunctions.Azure.Storage;
using PsFunctions.Sync.Events;
using PsFunctions.Sync.Messaging;
using PsFunctions.Sync.Outcomes;
using PsFunctions.Sync.Students;
using PsFunctions.Sync.Tests.FlowSupport;
using PsFunctions.Sync.Tests.Harness;
using PsFunctions.Testing;

namespace PsFunctions.Sync.Tests.Students;

/// <summary>
/// Failures of an upsert message: an outage puts it back later as a fresh message (never a duplicate student, never
/// nearer to poison); a permanent failure is delivered again and, after its last delivery, poisoned and kept; deferrals
/// that run out give it up the same way without the poison queue.
/// </summary>
public sealed class TransientFailureTests(AzuriteFixture azurite, FlowSimulatorFixture simulator)
    : IClassFixture<AzuriteFixture>, IClassFixture<FlowSimulatorFixture>
{
    private static readonly TimeSpan FirstDelay = new WorkDeferralOptions().FirstDelay;

    private SimulatorHost Sim => simulator.Host;

    [Fact]
    public async Task Retried_insert_after_unknown_outcome_does_not_create_a_second_student()
    {
        await Sim.ResetAsync();
        var storage = new TestStorage(azurite);
        await using var flow = FlowEngine.Start(Sim, storage);
        var before = await Sim.CountSisStudentsAsync();
        var submissions = await Sim.CreateSubmissionsAsync(count: 2, returning: false);
        await flow.Intake.RunAsync(FlowEngine.DeliveryTargetId);

        // The POST reaches PowerSchool and inserts both students; the answer is lost on the way back.
        flow.LostAnswers.Arm(HttpMethod.Post, "/ws/v1/student");
        var first = await flow.DrainAsync(WorkQueues.StudentUpserts);

        // Not a failed delivery: the message is back as a fresh one, after the first deferral delay.
        Assert.Empty(first.Failures);
        var deferred = Assert.Single(flow.Delayed.Waiting);
        Assert.Equal((WorkQueues.StudentUpserts, FirstDelay), (deferred.Queue, deferred.Delay));
        foreach (var submission in submissions)
        {
            Assert.Equal(UpsertState.Posting, (await storage.UpsertLedger.GetAsync(submission.Id))!.State);
        }

        Assert.Equal(1, await flow.Delayed.ReleaseAllAsync());
        Assert.Empty((await flow.DrainAsync(WorkQueues.StudentUpserts)).Failures);

        Assert.Equal(before + 2, await Sim.CountSisStudentsAsync());
        foreach (var submission in submissions)
        {
            var entry = await storage.UpsertLedger.GetAsync(submission.Id);
            Assert.Equal(UpsertState.Succeeded, entry!.State);
            Assert.Equal("INSERT", entry.Action);
        }

        Assert.Equal(2, flow.Events.Distinct(EventTypes.StudentUpserted).Count);
        Assert.Empty(await storage.PeekAsync(WorkQueues.PoisonOf(WorkQueues.StudentUpserts)));
    }

    [Fact]
    public async Task PowerSchool_unavailable_after_the_client_retries_puts_the_message_back_even_on_its_last_delivery()
    {
        await Sim.ResetAsync();
        var storage = new TestStorage(azurite);
        await using var flow = FlowEngine.Start(Sim, storage);
        var before = await Sim.CountSisStudentsAsync();
        var submission = Assert.Single(await Sim.CreateSubmissionsAsync(count: 1, returning: false));
        var intake = await flow.Intake.RunAsync(FlowEngine.DeliveryTargetId);
        var message = new StudentUpsertMessage(FlowEngine.DeliveryTargetId, intake.BatchId!, [submission.Id]);

        await Sim.SetFaultsAsync(new { serviceUnavailableRate = 1.0, retryAfterSeconds = 0, scope = "Sis" });
        // Delivery 3 of 3: a failure that counted would poison it here.
        await flow.DeliverAsync(message, dequeueCount: 3);
        await Sim.ClearFaultsAsync();

        var deferred = Assert.Single(flow.Delayed.Waiting);
        Assert.Equal(StudentUpsertMessage.ToJson(message), StudentUpsertMessage.ToJson(StudentUpsertMessage.Parse(DeferredText(deferred.Text))));
        Assert.Empty(await storage.OpenDeadLettersAsync(WorkQueues.StudentUpserts));
        Assert.Null(await storage.Rejections.GetAsync(submission.Id));

        Assert.Equal(1, await flow.Delayed.ReleaseAllAsync());
        Assert.Empty((await flow.DrainAsync(WorkQueues.StudentUpserts)).Failures);

        Assert.Equal(before + 1, await Sim.CountSisStudentsAsync());
        Assert.Equal(UpsertState.Succeeded, (await storage.UpsertLedger.GetAsync(submission.Id))!.State);
    }

    [Fact]
    public async Task A_permanent_failure_is_poisoned_after_the_last_delivery_and_kept_as_a_dead_letter_and_rejections()
    {
        await Sim.ResetAsync();
        var storage = new TestStorage(azurite);
        await using var flow = FlowEngine.Start(Sim, storage);
        var before = await Sim.CountSisStudentsAsync();
        var submissions = await Sim.CreateSubmissionsAsync(count: 2, returning: false);
        var intake = await flow.Intake.RunAsync(FlowEngine.DeliveryTargetId);
        // The message names a stored batch that is gone: no delivery can succeed.
        await storage.Container(StorageNames.EnrollmentBatchesContainer).DeleteBlobAsync($"{FlowEngine.DeliveryTargetId}/{intake.BatchId}.json");

        var counts = await flow.DrainAsync(WorkQueues.StudentUpserts);

        Assert.Equal((2, 1), (counts.Retried, counts.Poisoned));
        Assert.All(counts.Failures, failure => Assert.IsType<InvalidOperationException>(failure));
        Assert.Single(await storage.PeekAsync(WorkQueues.PoisonOf(WorkQueues.StudentUpserts)));
        Assert.Equal(before, await Sim.CountSisStudentsAsync());
        var letter = Assert.Single(await storage.OpenDeadLettersAsync(WorkQueues.StudentUpserts));
        Assert.Equal(intake.BatchId, letter.Ids["batchId"]);
        Assert.Equal(submissions.Select(s => s.Id).Order(StringComparer.Ordinal), letter.Ids["submissionIds"].Split(',').Order(StringComparer.Ordinal));
        Assert.Equal(3, letter.DeliveryCount);
        Assert.Contains("failed on its last delivery (3 of 3); last error InvalidOperationException", letter.Reason, StringComparison.Ordinal);
        foreach (var submission in submissions)
        {
            var reason = Assert.Single((await storage.Rejections.GetAsync(submission.Id))!.Reasons);
            Assert.Equal(("message", "Sync:Queues:MaxDequeueCount deliveries of one work message"), (reason.Field, reason.Rule));
        }

        // Published as the field-error path publishes: ids and the reason's field and problem, nothing else.
        var rejected = flow.Events.Distinct(EventTypes.StudentRejected);
        Assert.Equal(submissions.Select(s => s.Id).Order(StringComparer.Ordinal), rejected.Select(e => e.SessionKey).Order(StringComparer.Ordinal));
        foreach (var published in rejected)
        {
            Assert.Equal($"submission/{published.SessionKey}", published.Subject);
            Assert.Equal(intake.BatchId, published.Data.GetProperty("batchId").GetString());
            var reason = Assert.Single(published.Data.GetProperty("reasons").EnumerateArray());
            Assert.Equal("message", reason.GetProperty("field").GetString());
            Assert.Equal(["field", "problem"], reason.EnumerateObject().Select(p => p.Name));
            Assert.Equal(["submissionId", "deliveryTargetId", "batchId", "reasons"], published.Data.EnumerateObject().Select(p => p.Name));
        }
    }

    [Fact]
    public async Task An_outage_longer_than_the_deferral_limit_gives_the_message_up_as_a_dead_letter_with_its_reason()
    {
        await Sim.ResetAsync();
        var storage = new TestStorage(azurite);
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 9, 14, 8, 0, 0, TimeSpan.Zero));
        await using var flow = FlowEngine.Start(Sim, storage, new Dictionary<string, string?> { ["Sync:Queues:Deferral:GiveUpAfter"] = "00:30:00" }, clock);
        var before = await Sim.CountSisStudentsAsync();
        var submissions = await Sim.CreateSubmissionsAsync(count: 2, returning: false);
        var intake = await flow.Intake.RunAsync(FlowEngine.DeliveryTargetId);
        var start = clock.GetUtcNow();

        await Sim.SetFaultsAsync(new { serviceUnavailableRate = 1.0, retryAfterSeconds = 0, scope = "Sis" });
        var counts = await flow.DrainOnMovingClockAsync(clock, _ => Task.CompletedTask, 30, WorkQueues.StudentUpserts);
        await Sim.ClearFaultsAsync();

        // Never a failed delivery, never in poison; given up once the attempt after 30 minutes failed too.
        Assert.Empty(counts.Failures);
        Assert.Empty(await storage.PeekAsync(WorkQueues.PoisonOf(WorkQueues.StudentUpserts)));
        Assert.True(clock.GetUtcNow() - start >= TimeSpan.FromMinutes(30), $"gave up after {clock.GetUtcNow() - start}");
        Assert.Equal(before, await Sim.CountSisStudentsAsync());
        var letter = Assert.Single(await storage.OpenDeadLettersAsync(WorkQueues.StudentUpserts));
        Assert.Equal(flow.Delayed.All.Count + 1, letter.DeliveryCount);
        Assert.Contains("PowerSchoolUnavailableException", letter.Reason, StringComparison.Ordinal);
        Assert.Contains("Sync:Queues:Deferral:GiveUpAfter", letter.Reason, StringComparison.Ordinal);
        // The dead letter keeps the message itself (not the deferral envelope), so requeueing starts it afresh.
        var expected = new StudentUpsertMessage(FlowEngine.DeliveryTargetId, intake.BatchId!, [.. submissions.Select(s => s.Id)]);
        Assert.Equal(StudentUpsertMessage.ToJson(expected), StudentUpsertMessage.ToJson(StudentUpsertMessage.Parse(letter.MessageText)));
        foreach (var submission in submissions)
        {
            var reason = Assert.Single((await storage.Rejections.GetAsync(submission.Id))!.Reasons);
            Assert.Equal("Sync:Queues:Deferral:GiveUpAfter since the first transient failure", reason.Rule);
        }

        Assert.Equal(2, flow.Events.Distinct(EventTypes.StudentRejected).Count);
    }

    private static string DeferredText(string envelope)
    {
        using var document = System.Text.Json.JsonDocument.Parse(envelope);
        Assert.Equal(1, document.RootElement.GetProperty("deferral").GetProperty("attempts").GetInt32());
        return document.RootElement.GetProperty("message").GetRawText();
    }
}
