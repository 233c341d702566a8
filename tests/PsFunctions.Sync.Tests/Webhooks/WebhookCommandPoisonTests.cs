using PowerSchool.Client;
using PsFunctions.Sync.Events;
using PsFunctions.Sync.Messaging;
using PsFunctions.Sync.Tests.FlowSupport;
using PsFunctions.Sync.Webhooks;
using PsFunctions.Testing;

namespace PsFunctions.Sync.Tests.Webhooks;

/// <summary>
/// A student.update that keeps failing transiently, delivered through the dispatcher with the queue's delivery
/// count: nothing is recorded before the last delivery (Sync:MaxDequeueCount, 3 in the harness); on the last one
/// the command is kept as a rejection, published, and thrown on to the poison queue.
/// </summary>
public sealed class WebhookCommandPoisonTests(AzuriteFixture azurite, FlowSimulatorFixture simulator)
    : IClassFixture<AzuriteFixture>, IClassFixture<FlowSimulatorFixture>
{
    private const string MiddleName = "Quinn";

    private SimulatorHost Sim => simulator.Host;

    [Fact]
    public async Task Student_update_failing_before_its_last_delivery_records_nothing()
    {
        await Sim.ResetAsync();
        var storage = new FlowStorage(azurite);
        await using var flow = FlowHarness.Start(Sim, storage);
        var command = Update("cmd-early");

        await Sim.SetFaultsAsync(new { serviceUnavailableRate = 1.0, retryAfterSeconds = 0, scope = "Sis" });
        await Assert.ThrowsAnyAsync<PowerSchoolException>(() => DispatchAsync(flow, command, dequeueCount: 1));
        await Assert.ThrowsAnyAsync<PowerSchoolException>(() => DispatchAsync(flow, command, dequeueCount: 2));
        await Sim.ClearFaultsAsync();

        Assert.Null(await storage.Rejections.GetAsync("webhook-cmd-early"));
        Assert.Empty(flow.Events.Distinct(EventTypes.StudentRejected));
    }

    [Fact]
    public async Task Student_update_failing_on_its_last_delivery_is_kept_as_a_rejection_published_and_thrown()
    {
        await Sim.ResetAsync();
        var storage = new FlowStorage(azurite);
        await using var flow = FlowHarness.Start(Sim, storage);
        var command = Update("cmd-last");

        await Sim.SetFaultsAsync(new { serviceUnavailableRate = 1.0, retryAfterSeconds = 0, scope = "Sis" });
        var error = await Assert.ThrowsAnyAsync<PowerSchoolException>(() => DispatchAsync(flow, command, dequeueCount: 3));
        await Sim.ClearFaultsAsync();

        var rejection = await storage.Rejections.GetAsync("webhook-cmd-last");
        var reason = Assert.Single(rejection!.Reasons);
        Assert.Equal($"transient failures exhausted after 3 attempts; last error {error.GetType().Name}", reason.Problem);
        Assert.Equal("webhook:sis-admin", rejection.DeliveryTargetId);
        Assert.Equal("d-cmd-last", rejection.BatchId);
        Assert.Equal("{}", rejection.RecordJson);
        var published = Assert.Single(flow.Events.Distinct(EventTypes.StudentRejected));
        Assert.Equal("submission/webhook-cmd-last", published.Subject);
        Assert.Equal("webhook-cmd-last", published.Data.GetProperty("submissionId").GetString());
        Assert.DoesNotContain(MiddleName, published.Data.GetRawText(), StringComparison.Ordinal);
    }

    private static StudentUpdateCommand Update(string commandId, StudentIdentifier? student = null) => new(
        commandId, "sis-admin", $"d-{commandId}", new DateTimeOffset(2026, 11, 25, 12, 0, 0, TimeSpan.Zero),
        student ?? new StudentIdentifier(Dcid: 5011), new Dictionary<string, string> { ["name.middle_name"] = MiddleName });

    private static Task DispatchAsync(FlowHarness flow, StudentUpdateCommand command, int dequeueCount) =>
        flow.Dispatcher.DispatchAsync(WorkQueues.WebhookCommands, WebhookCommandSerializer.Serialize(command), dequeueCount);
}
