using PowerSchool.Client;
using PsFunctions.Sync.Events;
using PsFunctions.Sync.Messaging;
using PsFunctions.Sync.Students;
using PsFunctions.Sync.Tests.FlowSupport;
using PsFunctions.Sync.Tests.Harness;
using PsFunctions.Testing;

namespace PsFunctions.Sync.Tests.Students;

/// <summary>Transient failures: thrown for the queue to retry, never a duplicate student; poison after the last delivery.</summary>
public sealed class TransientFailureTests(AzuriteFixture azurite, FlowSimulatorFixture simulator)
    : IClassFixture<AzuriteFixture>, IClassFixture<FlowSimulatorFixture>
{
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
        var failures = (await flow.DrainAsync(WorkQueues.StudentUpserts)).Failures;

        Assert.IsType<PowerSchoolOutcomeUnknownException>(Assert.Single(failures));
        Assert.Equal(before + 2, await Sim.CountSisStudentsAsync());
        foreach (var submission in submissions)
        {
            var entry = await storage.UpsertLedger.GetAsync(submission.Id);
            Assert.Equal(UpsertState.Succeeded, entry!.State);
            Assert.Equal("INSERT", entry.Action);
        }

        Assert.Equal(2, flow.Events.Distinct(EventTypes.StudentUpserted).Count);
    }

    [Fact]
    public async Task PowerSchool_errors_after_the_client_retries_are_thrown_and_a_later_delivery_applies_once()
    {
        await Sim.ResetAsync();
        var storage = new TestStorage(azurite);
        await using var flow = FlowEngine.Start(Sim, storage);
        var before = await Sim.CountSisStudentsAsync();
        var submission = Assert.Single(await Sim.CreateSubmissionsAsync(count: 1, returning: false));
        var intake = await flow.Intake.RunAsync(FlowEngine.DeliveryTargetId);
        var message = new StudentUpsertMessage(FlowEngine.DeliveryTargetId, intake.BatchId!, [submission.Id]);

        await Sim.SetFaultsAsync(new { serviceUnavailableRate = 1.0, retryAfterSeconds = 0, scope = "Sis" });
        await Assert.ThrowsAnyAsync<PowerSchoolException>(() => flow.DeliverAsync(message, dequeueCount: 1));
        await Sim.ClearFaultsAsync();
        await flow.DeliverAsync(message, dequeueCount: 2);

        Assert.Equal(before + 1, await Sim.CountSisStudentsAsync());
        Assert.Null(await storage.Rejections.GetAsync(submission.Id));
    }

    [Fact]
    public async Task After_the_last_delivery_unapplied_records_are_kept_as_rejections_published_and_the_message_is_poisoned()
    {
        await Sim.ResetAsync();
        var storage = new TestStorage(azurite);
        await using var flow = FlowEngine.Start(Sim, storage);
        var before = await Sim.CountSisStudentsAsync();
        var submissions = await Sim.CreateSubmissionsAsync(count: 2, returning: false);
        var intake = await flow.Intake.RunAsync(FlowEngine.DeliveryTargetId);

        await Sim.SetFaultsAsync(new { serviceUnavailableRate = 1.0, retryAfterSeconds = 0, scope = "Sis" });
        var failures = (await flow.DrainAsync(WorkQueues.StudentUpserts)).Failures;
        await Sim.ClearFaultsAsync();

        Assert.Equal(3, failures.Count);
        Assert.Single(await storage.PeekAsync(WorkQueues.PoisonOf(WorkQueues.StudentUpserts)));
        Assert.Equal(before, await Sim.CountSisStudentsAsync());
        foreach (var submission in submissions)
        {
            var rejection = await storage.Rejections.GetAsync(submission.Id);
            var reason = Assert.Single(rejection!.Reasons);
            Assert.Contains("transient failures exhausted after 3 attempts", reason.Problem, StringComparison.Ordinal);
            Assert.Contains(failures[^1].GetType().Name, reason.Problem, StringComparison.Ordinal);
            Assert.Equal("{}", rejection.RecordJson);
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
}
