using PowerSchool.Client.Sis.Students;
using PsFunctions.Sync.Audit;
using PsFunctions.Sync.Events;
using PsFunctions.Sync.Students;
using PsFunctions.Sync.Tests.FlowSupport;
using PsFunctions.Sync.Tests.Harness;
using PsFunctions.Sync.Webhooks;
using PsFunctions.Testing;

namespace PsFunctions.Sync.Tests.Webhooks;

/// <summary>A webhook <c>student.update</c> is audited like a batch UPDATE: the SIS's old value, the new one, source webhook.</summary>
public sealed class StudentUpdateAuditTests(AzuriteFixture azurite, FlowSimulatorFixture simulator)
    : IClassFixture<AzuriteFixture>, IClassFixture<FlowSimulatorFixture>
{
    private static readonly DateTimeOffset Received = new(2026, 11, 25, 12, 0, 0, TimeSpan.Zero);

    private SimulatorHost Sim => simulator.Host;

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
}
