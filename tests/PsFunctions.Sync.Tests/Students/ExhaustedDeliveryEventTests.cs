using PsFunctions.Sync.Events;
using PsFunctions.Sync.Tests.FlowSupport;
using PsFunctions.Testing;

namespace PsFunctions.Sync.Tests.Students;

/// <summary>The poison path publishes what the field-error path publishes: one <c>student.rejected</c> per submission, ids only.</summary>
public sealed class ExhaustedDeliveryEventTests(AzuriteFixture azurite, FlowSimulatorFixture simulator)
    : IClassFixture<AzuriteFixture>, IClassFixture<FlowSimulatorFixture>
{
    private SimulatorHost Sim => simulator.Host;

    [Fact]
    public async Task After_the_last_delivery_each_unapplied_submission_is_published_as_student_rejected_without_student_data()
    {
        await Sim.ResetAsync();
        var storage = new FlowStorage(azurite);
        await using var flow = FlowHarness.Start(Sim, storage);
        var submissions = await Sim.CreateSubmissionsAsync(count: 2, returning: false);
        var intake = await flow.Intake.RunAsync(FlowHarness.DeliveryTargetId);

        await Sim.SetFaultsAsync(new { serviceUnavailableRate = 1.0, retryAfterSeconds = 0, scope = "Sis" });
        var failures = await storage.DrainUpsertsAsync(flow.Upserts, maxDequeueCount: 3);
        await Sim.ClearFaultsAsync();

        var rejected = flow.Events.Distinct(EventTypes.StudentRejected);
        Assert.Equal(3, failures.Count);
        Assert.Equal(submissions.Select(s => s.Id).Order(StringComparer.Ordinal), rejected.Select(e => e.SessionKey).Order(StringComparer.Ordinal));
        foreach (var published in rejected)
        {
            Assert.Equal($"submission/{published.SessionKey}", published.Subject);
            Assert.Equal(intake.BatchId, published.Data.GetProperty("batchId").GetString());
            Assert.Equal(FlowHarness.DeliveryTargetId, published.Data.GetProperty("deliveryTargetId").GetString());
            var reason = Assert.Single(published.Data.GetProperty("reasons").EnumerateArray());
            Assert.Equal("message", reason.GetProperty("field").GetString());
            Assert.StartsWith("transient failures exhausted after 3 attempts", reason.GetProperty("problem").GetString(), StringComparison.Ordinal);
            Assert.Equal(
                ["batchId", "deliveryTargetId", "reasons", "submissionId"],
                published.Data.EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal));
        }
    }
}
