using PowerSchool.Client;
using PsFunctions.Sync.Events;
using PsFunctions.Sync.Messaging;
using PsFunctions.Sync.Students;
using PsFunctions.Sync.Tests.FlowSupport;
using PsFunctions.Sync.Tests.Harness;
using PsFunctions.Sync.Webhooks;
using PsFunctions.Testing;

namespace PsFunctions.Sync.Tests.Webhooks;

/// <summary>
/// Webhook commands through the real flows: enrollment.poll runs intake, student.update updates or rejects. A
/// student.update that keeps failing (SIS faults) is delivered through the dispatcher with the queue's delivery
/// count: nothing is recorded before the last delivery (Sync:Queues:MaxDequeueCount, 3 in the flow tests); on the last one
/// it is kept as a rejection, published, and thrown on to the poison queue.
/// </summary>
public sealed class WebhookCommandHandlerTests(AzuriteFixture azurite, FlowSimulatorFixture simulator)
    : IClassFixture<AzuriteFixture>, IClassFixture<FlowSimulatorFixture>
{
    private const string Middle = "Quinn";

    private static readonly DateTimeOffset Received = new(2026, 11, 25, 12, 0, 0, TimeSpan.Zero);

    private SimulatorHost Sim => simulator.Host;

    [Fact]
    public async Task Enrollment_poll_runs_intake_for_its_delivery_target_now()
    {
        await Sim.ResetAsync();
        var storage = new TestStorage(azurite);
        await using var flow = FlowEngine.Start(Sim, storage);
        await Sim.CreateSubmissionsAsync(count: 2, returning: false);

        await flow.DeliverAsync<WebhookCommand>(new EnrollmentPollCommand("cmd-1", "sis-admin", "d-1", Received, FlowEngine.DeliveryTargetId), dequeueCount: 1);

        var ids = await storage.QueuedSubmissionIdsAsync();
        Assert.Equal(2, ids.Count);
    }

    [Fact]
    public async Task Enrollment_poll_of_a_target_not_in_Sync_DeliveryTargets_runs_no_intake()
    {
        await Sim.ResetAsync();
        var storage = new TestStorage(azurite);
        await using var flow = FlowEngine.Start(Sim, storage, settings: new Dictionary<string, string?> { ["Sync:DeliveryTargets"] = "another-target" });
        await Sim.CreateSubmissionsAsync(count: 2, returning: false);

        await flow.DeliverAsync<WebhookCommand>(new EnrollmentPollCommand("cmd-4", "sis-admin", "d-4", Received, FlowEngine.DeliveryTargetId), dequeueCount: 1);

        Assert.Empty(await storage.QueuedSubmissionIdsAsync());
        Assert.Empty(await storage.BatchLedger.GetLastRunsAsync(FlowEngine.DeliveryTargetId, 10));
    }

    [Fact]
    public async Task Student_update_changes_the_identified_student_once_and_publishes_an_update()
    {
        await Sim.ResetAsync();
        var storage = new TestStorage(azurite);
        await using var flow = FlowEngine.Start(Sim, storage);
        var student = Sim.Directory().Students[5];
        var command = new StudentUpdateCommand(
            "cmd-2", "sis-admin", "d-2", Received, new StudentIdentifier(StudentNumber: student.StudentNumber),
            new Dictionary<string, string> { ["name.middle_name"] = Middle });

        await flow.DeliverAsync<WebhookCommand>(command, dequeueCount: 1);
        var posts = await Sim.GetCounterAsync("POST /ws/v1/student");
        await flow.DeliverAsync<WebhookCommand>(command, dequeueCount: 1);

        var stored = await Sim.GetSisStudentAsync(student.Dcid);
        Assert.Equal(Middle, stored!.Value.GetProperty("middle_name").GetString());
        Assert.Equal(posts, await Sim.GetCounterAsync("POST /ws/v1/student"));
        var published = Assert.Single(flow.Events.Distinct(EventTypes.StudentUpserted));
        Assert.Equal("UPDATE", published.Data.GetProperty("action").GetString());
        Assert.Equal($"student/{student.Dcid}", published.Subject);
    }

    [Fact]
    public async Task Student_update_of_an_unknown_student_is_rejected_with_its_reason_and_inserts_nothing()
    {
        await Sim.ResetAsync();
        var storage = new TestStorage(azurite);
        await using var flow = FlowEngine.Start(Sim, storage);
        var before = await Sim.CountSisStudentsAsync();
        var command = new StudentUpdateCommand(
            "cmd-3", "sis-admin", "d-3", Received, new StudentIdentifier(Dcid: 987_654_321),
            new Dictionary<string, string> { ["name.middle_name"] = Middle });

        await flow.DeliverAsync<WebhookCommand>(command, dequeueCount: 1);

        var rejection = await storage.Rejections.GetAsync("webhook-cmd-3");
        var reason = Assert.Single(rejection!.Reasons);
        Assert.Equal("names no SIS student", reason.Problem);
        Assert.Equal(UpsertState.Rejected, (await storage.UpsertLedger.GetAsync("webhook-cmd-3"))!.State);
        Assert.Equal(before, await Sim.CountSisStudentsAsync());
    }

    [Fact]
    public async Task Student_update_failing_before_its_last_delivery_records_nothing()
    {
        await Sim.ResetAsync();
        var storage = new TestStorage(azurite);
        await using var flow = FlowEngine.Start(Sim, storage);

        await DeliverDuringSisOutageAsync(flow, "cmd-early", 1, 2);

        Assert.Null(await storage.Rejections.GetAsync("webhook-cmd-early"));
        Assert.Empty(flow.Events.Distinct(EventTypes.StudentRejected));
    }

    [Fact]
    public async Task Student_update_failing_on_its_last_delivery_is_kept_as_a_rejection_published_and_thrown()
    {
        await Sim.ResetAsync();
        var storage = new TestStorage(azurite);
        await using var flow = FlowEngine.Start(Sim, storage);

        var error = await DeliverDuringSisOutageAsync(flow, "cmd-last", 3);

        var rejection = await storage.Rejections.GetAsync("webhook-cmd-last");
        var reason = Assert.Single(rejection!.Reasons);
        Assert.Equal($"transient failures exhausted after 3 attempts; last error {error.GetType().Name}", reason.Problem);
        Assert.Equal("webhook:sis-admin", rejection.DeliveryTargetId);
        Assert.Equal("d-cmd-last", rejection.BatchId);
        Assert.Equal("{}", rejection.RecordJson);
        var published = Assert.Single(flow.Events.Distinct(EventTypes.StudentRejected));
        Assert.Equal("submission/webhook-cmd-last", published.Subject);
        Assert.Equal("webhook-cmd-last", published.Data.GetProperty("submissionId").GetString());
        Assert.DoesNotContain(Middle, published.Data.GetRawText(), StringComparison.Ordinal);
    }

    // Delivers a student.update through the dispatcher with each delivery count while the SIS answers 503;
    // every delivery must throw (so the host retries or poisons it). Returns the last error.
    private async Task<PowerSchoolException> DeliverDuringSisOutageAsync(EngineHarness flow, string commandId, params int[] dequeueCounts)
    {
        var command = WebhookCommandSerializer.Serialize(new StudentUpdateCommand(
            commandId, "sis-admin", $"d-{commandId}", Received, new StudentIdentifier(Dcid: 5011),
            new Dictionary<string, string> { ["name.middle_name"] = Middle }));
        PowerSchoolException? last = null;
        await Sim.SetFaultsAsync(new { serviceUnavailableRate = 1.0, retryAfterSeconds = 0, scope = "Sis" });
        foreach (var dequeueCount in dequeueCounts)
        {
            last = await Assert.ThrowsAnyAsync<PowerSchoolException>(
                () => flow.Dispatcher.DispatchAsync(WorkQueues.WebhookCommands, command, dequeueCount));
        }

        await Sim.ClearFaultsAsync();
        return last!;
    }
}
