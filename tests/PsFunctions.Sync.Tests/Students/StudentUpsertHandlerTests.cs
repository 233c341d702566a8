using System.Text.Json;
using PsFunctions.Sync.Events;
using PsFunctions.Sync.Messaging;
using PsFunctions.Sync.Students;
using PsFunctions.Sync.Tests.FlowSupport;
using PsFunctions.Sync.Tests.Harness;
using PsFunctions.Testing;

namespace PsFunctions.Sync.Tests.Students;

/// <summary>The upsert handler against Azurite and the simulator: insert and update paths, idempotency.</summary>
public sealed class StudentUpsertHandlerTests(AzuriteFixture azurite, FlowSimulatorFixture simulator)
    : IClassFixture<AzuriteFixture>, IClassFixture<FlowSimulatorFixture>
{
    private SimulatorHost Sim => simulator.Host;

    [Fact]
    public async Task New_students_are_inserted_once_each_with_ledger_entry_and_upserted_event()
    {
        await Sim.ResetAsync();
        var storage = new TestStorage(azurite);
        await using var flow = FlowEngine.Start(Sim, storage);
        var before = await Sim.CountSisStudentsAsync();
        var submissions = await Sim.CreateSubmissionsAsync(count: 3, returning: false);

        await flow.Intake.RunAsync(FlowEngine.DeliveryTargetId);
        Assert.Empty((await flow.DrainAsync(WorkQueues.StudentUpserts)).Failures);

        Assert.Equal(before + 3, await Sim.CountSisStudentsAsync());
        var upserted = flow.Events.Distinct(EventTypes.StudentUpserted);
        foreach (var submission in submissions)
        {
            var entry = await storage.UpsertLedger.GetAsync(submission.Id);
            Assert.NotNull(entry);
            Assert.Equal(UpsertState.Succeeded, entry.State);
            Assert.Equal("INSERT", entry.Action);
            var stored = await Sim.GetSisStudentAsync(entry.Dcid!.Value);
            Assert.Equal(LastName(submission), stored!.Value.GetProperty("last_name").GetString());
            var published = Assert.Single(upserted, e => e.Data.GetProperty("submissionId").GetString() == submission.Id);
            Assert.Equal($"student/{entry.Dcid}", published.Subject);
            Assert.Equal(entry.Dcid.Value.ToString(System.Globalization.CultureInfo.InvariantCulture), published.SessionKey);
            Assert.Equal("INSERT", published.Data.GetProperty("action").GetString());
            Assert.Equal(entry.Dcid, published.Data.GetProperty("dcid").GetInt64());
        }
    }

    [Fact]
    public async Task Returning_student_with_a_student_number_is_updated_not_inserted()
    {
        await Sim.ResetAsync();
        var storage = new TestStorage(azurite);
        await using var flow = FlowEngine.Start(Sim, storage);
        var before = await Sim.CountSisStudentsAsync();
        var submission = Assert.Single(await Sim.CreateSubmissionsAsync(count: 1, returning: true));
        Assert.NotNull(submission.ReturningStudentDcid);

        await flow.Intake.RunAsync(FlowEngine.DeliveryTargetId);
        Assert.Empty((await flow.DrainAsync(WorkQueues.StudentUpserts)).Failures);

        Assert.Equal(before, await Sim.CountSisStudentsAsync());
        var entry = await storage.UpsertLedger.GetAsync(submission.Id);
        Assert.Equal(UpsertState.Succeeded, entry!.State);
        Assert.Equal("UPDATE", entry.Action);
        Assert.Equal(submission.ReturningStudentDcid, entry.Dcid);
    }

    [Fact]
    public async Task A_message_delivered_twice_and_a_batch_enqueued_twice_change_nothing_the_second_time()
    {
        await Sim.ResetAsync();
        var storage = new TestStorage(azurite);
        await using var flow = FlowEngine.Start(Sim, storage);
        var before = await Sim.CountSisStudentsAsync();
        var submissions = await Sim.CreateSubmissionsAsync(count: 2, returning: false);
        var intake = await flow.Intake.RunAsync(FlowEngine.DeliveryTargetId);
        var message = new StudentUpsertMessage(FlowEngine.DeliveryTargetId, intake.BatchId!, [.. submissions.Select(s => s.Id)]);

        await flow.DeliverAsync(message, dequeueCount: 1);
        var posts = await Sim.GetCounterAsync("POST /ws/v1/student");
        await flow.DeliverAsync(message, dequeueCount: 2);
        Assert.Empty((await flow.DrainAsync(WorkQueues.StudentUpserts)).Failures);

        Assert.Equal(before + 2, await Sim.CountSisStudentsAsync());
        Assert.Equal(posts, await Sim.GetCounterAsync("POST /ws/v1/student"));
    }

    private static string LastName(SimSubmission submission) =>
        submission.Data.GetProperty("student").GetProperty("lastName").GetString()!;
}
