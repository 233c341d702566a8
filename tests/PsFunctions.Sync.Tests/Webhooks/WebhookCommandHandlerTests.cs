using PsFunctions.Sync.Enrollment;
using PsFunctions.Sync.Events;
using PsFunctions.Sync.Messaging;
using PsFunctions.Sync.Students;
using PsFunctions.Sync.Tests.FlowSupport;
using PsFunctions.Sync.Webhooks;
using PsFunctions.Testing;

namespace PsFunctions.Sync.Tests.Webhooks;

/// <summary>Webhook commands through the real flows: enrollment.poll runs intake, student.update updates or rejects.</summary>
public sealed class WebhookCommandHandlerTests(AzuriteFixture azurite, FlowSimulatorFixture simulator)
    : IClassFixture<AzuriteFixture>, IClassFixture<FlowSimulatorFixture>
{
    private static readonly DateTimeOffset Received = new(2026, 11, 25, 12, 0, 0, TimeSpan.Zero);

    private SimulatorHost Sim => simulator.Host;

    [Fact]
    public async Task Enrollment_poll_runs_intake_for_its_delivery_target_now()
    {
        await Sim.ResetAsync();
        var storage = new FlowStorage(azurite);
        await using var flow = FlowHarness.Start(Sim, storage);
        await Sim.CreateSubmissionsAsync(count: 2, returning: false);

        await flow.Commands.HandleAsync(new EnrollmentPollCommand("cmd-1", "sis-admin", "d-1", Received, FlowHarness.DeliveryTargetId), dequeueCount: 1);

        var ids = await storage.QueuedSubmissionIdsAsync();
        Assert.Equal(2, ids.Count);
    }

    [Fact]
    public async Task Enrollment_poll_of_a_target_not_in_Sync_DeliveryTargets_runs_no_intake()
    {
        await Sim.ResetAsync();
        var storage = new FlowStorage(azurite);
        await using var flow = FlowHarness.Start(Sim, storage, settings: new Dictionary<string, string?> { ["Sync:DeliveryTargets"] = "another-target" });
        await Sim.CreateSubmissionsAsync(count: 2, returning: false);

        await flow.Commands.HandleAsync(new EnrollmentPollCommand("cmd-4", "sis-admin", "d-4", Received, FlowHarness.DeliveryTargetId), dequeueCount: 1);

        Assert.Empty(await storage.QueuedSubmissionIdsAsync());
        Assert.Empty(await storage.BatchLedger.GetLastRunsAsync(FlowHarness.DeliveryTargetId, 10));
    }

    [Fact]
    public async Task Student_update_changes_the_identified_student_once_and_publishes_an_update()
    {
        await Sim.ResetAsync();
        var storage = new FlowStorage(azurite);
        await using var flow = FlowHarness.Start(Sim, storage);
        var student = Sim.Directory().Students[5];
        var command = new StudentUpdateCommand(
            "cmd-2", "sis-admin", "d-2", Received, new StudentIdentifier(StudentNumber: student.StudentNumber),
            new Dictionary<string, string> { ["name.middle_name"] = "Quinn" });

        await flow.Commands.HandleAsync(command, dequeueCount: 1);
        var posts = await Sim.GetCounterAsync("POST /ws/v1/student");
        await flow.Commands.HandleAsync(command, dequeueCount: 1);

        var stored = await Sim.GetSisStudentAsync(student.Dcid);
        Assert.Equal("Quinn", stored!.Value.GetProperty("middle_name").GetString());
        Assert.Equal(posts, await Sim.GetCounterAsync("POST /ws/v1/student"));
        var published = Assert.Single(flow.Events.Distinct(EventTypes.StudentUpserted));
        Assert.Equal("UPDATE", published.Data.GetProperty("action").GetString());
        Assert.Equal($"student/{student.Dcid}", published.Subject);
    }

    [Fact]
    public async Task Student_update_of_an_unknown_student_is_rejected_with_its_reason_and_inserts_nothing()
    {
        await Sim.ResetAsync();
        var storage = new FlowStorage(azurite);
        await using var flow = FlowHarness.Start(Sim, storage);
        var before = await Sim.CountSisStudentsAsync();
        var command = new StudentUpdateCommand(
            "cmd-3", "sis-admin", "d-3", Received, new StudentIdentifier(Dcid: 987_654_321),
            new Dictionary<string, string> { ["name.middle_name"] = "Quinn" });

        await flow.Commands.HandleAsync(command, dequeueCount: 1);

        var rejection = await storage.Rejections.GetAsync("webhook-cmd-3");
        var reason = Assert.Single(rejection!.Reasons);
        Assert.Equal("names no SIS student", reason.Problem);
        Assert.Equal(UpsertState.Rejected, (await storage.UpsertLedger.GetAsync("webhook-cmd-3"))!.State);
        Assert.Equal(before, await Sim.CountSisStudentsAsync());
    }
}
