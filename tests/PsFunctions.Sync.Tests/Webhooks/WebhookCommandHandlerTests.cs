using Microsoft.Extensions.Time.Testing;
using PowerSchool.Client.Sis.Students;
using PsFunctions.Sync.Audit;
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
/// student.update that fails on a SIS outage is put back later (never thrown, whatever its delivery count); once its
/// deferrals run out it is kept as a dead letter and a rejection, and published.
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
    public async Task Student_update_failing_on_an_outage_is_put_back_and_records_nothing_even_on_its_last_delivery()
    {
        await Sim.ResetAsync();
        var storage = new TestStorage(azurite);
        await using var flow = FlowEngine.Start(Sim, storage);
        var command = WebhookCommandSerializer.Serialize(Update("cmd-early"));

        await Sim.SetFaultsAsync(new { serviceUnavailableRate = 1.0, retryAfterSeconds = 0, scope = "Sis" });
        // Delivery 1 and delivery 3 of 3: neither throws, so neither brings the command nearer to poison.
        await flow.Dispatcher.DispatchAsync(WorkQueues.WebhookCommands, command, 1);
        await flow.Dispatcher.DispatchAsync(WorkQueues.WebhookCommands, command, 3);
        await Sim.ClearFaultsAsync();

        Assert.Equal(2, flow.Delayed.Waiting.Count(held => held.Queue == WorkQueues.WebhookCommands));
        Assert.Null(await storage.Rejections.GetAsync("webhook-cmd-early"));
        Assert.Empty(await storage.OpenDeadLettersAsync(WorkQueues.WebhookCommands));
        Assert.Empty(flow.Events.Distinct(EventTypes.StudentRejected));
    }

    [Fact]
    public async Task Student_update_whose_deferrals_run_out_is_kept_as_a_dead_letter_and_a_rejection_and_published()
    {
        await Sim.ResetAsync();
        var storage = new TestStorage(azurite);
        var clock = new FakeTimeProvider(Received);
        await using var flow = FlowEngine.Start(Sim, storage, new Dictionary<string, string?> { ["Sync:Queues:Deferral:GiveUpAfter"] = "00:20:00" }, clock);
        await flow.Get<IWorkQueue>().SendAsync<WebhookCommand>(Update("cmd-last"));

        await Sim.SetFaultsAsync(new { serviceUnavailableRate = 1.0, retryAfterSeconds = 0, scope = "Sis" });
        var counts = await flow.DrainOnMovingClockAsync(clock, _ => Task.CompletedTask, 30, WorkQueues.WebhookCommands);
        await Sim.ClearFaultsAsync();

        Assert.Empty(counts.Failures);
        Assert.Empty(await storage.PeekAsync(WorkQueues.PoisonOf(WorkQueues.WebhookCommands)));
        var letter = Assert.Single(await storage.OpenDeadLettersAsync(WorkQueues.WebhookCommands));
        Assert.Equal(("cmd-last", "sis-admin", "student.update", "5011"), (letter.Ids["commandId"], letter.Ids["source"], letter.Ids["type"], letter.Ids["dcid"]));
        var rejection = await storage.Rejections.GetAsync("webhook-cmd-last");
        var reason = Assert.Single(rejection!.Reasons);
        Assert.StartsWith($"still failing after {letter.DeliveryCount} attempts deferred over ", reason.Problem, StringComparison.Ordinal);
        Assert.True(System.Text.RegularExpressions.Regex.IsMatch(reason.Problem, @"; last error PowerSchoolUnavailableException on (POST|GET) /\S+( \(HTTP 503\))?$"), reason.Problem);
        Assert.Equal("webhook:sis-admin", rejection.DeliveryTargetId);
        Assert.Equal("d-cmd-last", rejection.BatchId);
        Assert.Equal("{}", rejection.RecordJson);
        var published = Assert.Single(flow.Events.Distinct(EventTypes.StudentRejected));
        Assert.Equal("submission/webhook-cmd-last", published.Subject);
        Assert.Equal("webhook-cmd-last", published.Data.GetProperty("submissionId").GetString());
        Assert.DoesNotContain(Middle, published.Data.GetRawText(), StringComparison.Ordinal);
        Assert.DoesNotContain(Middle, letter.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_student_update_command_keeps_the_old_and_new_value_of_each_field_it_changed()
    {
        await Sim.ResetAsync();
        var storage = new TestStorage(azurite);
        await using var flow = FlowEngine.Start(Sim, storage);
        var student = Sim.Directory().Students[7];
        var before = SisStudentValues.Read((await flow.Get<StudentMatcher>().FindExistingAsync(student.Dcid, null, null)).Student!);
        var command = new StudentUpdateCommand(
            "cmd-audit", "sis-admin", "d-audit", Received, new StudentIdentifier(Dcid: student.Dcid),
            new Dictionary<string, string> { ["name.middle_name"] = "Quillon", ["name.last_name"] = student.LastName });

        await flow.DeliverAsync<WebhookCommand>(command, dequeueCount: 1);

        var entry = Assert.Single(await storage.AuditOfAsync("webhook-cmd-audit"));
        Assert.Equal((AuditState.Applied, AuditSource.Webhook, "UPDATE", student.Dcid), (entry.State, entry.Source, entry.Action, entry.Dcid));
        // The last name it sent is the one the SIS holds: not a change.
        Assert.Equal(new FieldChange("name.middle_name", before.GetValueOrDefault("name.middle_name"), "Quillon"), Assert.Single(entry.Changes));
        var published = Assert.Single(flow.Events.Distinct(EventTypes.StudentUpserted));
        Assert.Equal(["name.middle_name"], published.Data.GetProperty("changedFields").EnumerateArray().Select(field => field.GetString()));
    }

    [Fact]
    public async Task A_student_update_powerschool_refuses_leaves_no_audit_entry()
    {
        await Sim.ResetAsync();
        var storage = new TestStorage(azurite);
        await using var flow = FlowEngine.Start(Sim, storage);
        var student = Sim.Directory().Students[10];
        // A whole number, so the field rules pass it; PowerSchool knows no such school and refuses the record.
        var command = new StudentUpdateCommand(
            "cmd-refused", "sis-admin", "d-refused", Received, new StudentIdentifier(Dcid: student.Dcid),
            new Dictionary<string, string> { ["schedule_setup.next_school"] = "424242", ["name.middle_name"] = "Quillon" });

        // A crash right before the pending entry goes shows it was written before the POST; the next delivery is refused again.
        flow.Crashes.Arm("audit.discard");
        await Assert.ThrowsAsync<SimulatedCrashException>(() => flow.DeliverAsync<WebhookCommand>(command, dequeueCount: 1));
        Assert.Equal(AuditState.Pending, Assert.Single(await storage.AuditOfAsync("webhook-cmd-refused")).State);
        await flow.DeliverAsync<WebhookCommand>(command, dequeueCount: 2);

        var reason = Assert.Single((await storage.Rejections.GetAsync("webhook-cmd-refused"))!.Reasons);
        Assert.StartsWith("refused by PowerSchool", reason.Problem, StringComparison.Ordinal);
        Assert.Empty(await storage.AuditOfAsync("webhook-cmd-refused"));
    }

    private static StudentUpdateCommand Update(string commandId) => new(
        commandId, "sis-admin", $"d-{commandId}", Received, new StudentIdentifier(Dcid: 5011),
        new Dictionary<string, string> { ["name.middle_name"] = Middle });
}
