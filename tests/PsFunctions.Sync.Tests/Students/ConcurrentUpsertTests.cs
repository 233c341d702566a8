using PsFunctions.Sync.Messaging;
using PsFunctions.Sync.Students;
using PsFunctions.Sync.Tests.FlowSupport;
using PsFunctions.Sync.Tests.Harness;
using PsFunctions.Sync.Tests.Hashing;
using PsFunctions.Testing;

namespace PsFunctions.Sync.Tests.Students;

/// <summary>Two engine instances (two harnesses on the same storage) handling messages about the same new child at once.</summary>
public sealed class ConcurrentUpsertTests(AzuriteFixture azurite, FlowSimulatorFixture simulator)
    : IClassFixture<AzuriteFixture>, IClassFixture<FlowSimulatorFixture>
{
    private SimulatorHost Sim => simulator.Host;

    [Fact]
    public async Task Two_instances_handling_the_same_new_child_at_once_insert_one_student()
    {
        await Sim.ResetAsync();
        var storage = new TestStorage(azurite);
        await using var first = FlowEngine.Start(Sim, storage, settings: NoRetryDelay);
        await using var second = FlowEngine.Start(Sim, storage, settings: NoRetryDelay);
        var school = Sim.Directory().Schools[0];
        var child = FamilyData.Child("Cora", "Concurrent", new DateOnly(2017, 6, 2), school);
        var before = await Sim.CountSisStudentsAsync();
        var one = Assert.Single(await Sim.CreateSubmissionsAsync(submissions: [child]));
        await first.Intake.RunAsync(FlowEngine.DeliveryTargetId);
        var two = Assert.Single(await Sim.CreateSubmissionsAsync(submissions: [child]));
        await first.Intake.RunAsync(FlowEngine.DeliveryTargetId);
        var messages = (await storage.PeekAsync(WorkQueues.StudentUpserts)).Select(StudentUpsertMessage.Parse).ToList();
        Assert.Equal(2, messages.Count);

        // The first instance has claimed the child and looked it up (none) and is about to post its INSERT.
        var (reached, resume) = first.Crashes.PauseAt("upsertledger.save:Posting");
        var firstHandling = first.DeliverAsync(messages[0], 1);
        await reached;
        await second.DeliverAsync(messages[1], 1);
        Assert.Null(await storage.UpsertLedger.GetAsync(two.Id));
        var later = await LastUpsertMessageAsync(storage);
        Assert.Equal([two.Id], later.SubmissionIds);
        resume();
        await firstHandling;
        await second.DeliverAsync(later, 1);

        Assert.Equal(before + 1, await Sim.CountSisStudentsAsync());
        var inserted = await storage.UpsertLedger.GetAsync(one.Id);
        var updated = await storage.UpsertLedger.GetAsync(two.Id);
        Assert.Equal(("INSERT", UpsertState.Succeeded), (inserted!.Action, inserted.State));
        Assert.Equal(("UPDATE", UpsertState.Succeeded, inserted.Dcid), (updated!.Action, updated.State, updated.Dcid));
    }

    [Fact]
    public async Task A_claim_left_by_a_crashed_instance_is_taken_over_once_it_expires()
    {
        await Sim.ResetAsync();
        var storage = new TestStorage(azurite);
        await using var flow = FlowEngine.Start(Sim, storage, settings: NoRetryDelay);
        var school = Sim.Directory().Schools[0];
        var submission = Assert.Single(await Sim.CreateSubmissionsAsync(
            submissions: [FamilyData.Child("Ezra", "Expired", new DateOnly(2016, 2, 14), school)]));
        await flow.Intake.RunAsync(FlowEngine.DeliveryTargetId);
        var message = StudentUpsertMessage.Parse(Assert.Single(await storage.PeekAsync(WorkQueues.StudentUpserts)));
        var keys = StudentClaimKeys.For(new PsFunctions.Sync.Mapping.StudentMatchKeys(null, null, "Expired", "Ezra", new DateOnly(2016, 2, 14)), TestHashing.Hasher);
        var now = TimeProvider.System.GetUtcNow();
        Assert.True(await storage.Claims.TryClaimAsync(keys.Single(), "crashed-instance", now, now.AddMinutes(5)));

        await flow.DeliverAsync(message, 1);
        Assert.Null(await storage.UpsertLedger.GetAsync(submission.Id));
        var later = await LastUpsertMessageAsync(storage);
        Assert.Equal([submission.Id], later.SubmissionIds);
        // Time passes: the crashed instance's claim runs out (its expiry moved into the past).
        Assert.True(await storage.Claims.TryClaimAsync(keys.Single(), "crashed-instance", now, now.AddSeconds(-1)));
        await flow.DeliverAsync(later, 1);

        Assert.Equal(UpsertState.Succeeded, (await storage.UpsertLedger.GetAsync(submission.Id))!.State);
    }

    // The handler sends waiting submissions again in a new message; the tests make it visible at once.
    private static readonly Dictionary<string, string?> NoRetryDelay = new() { ["Sync:StudentClaimRetryDelay"] = "00:00:00" };

    private static async Task<StudentUpsertMessage> LastUpsertMessageAsync(TestStorage storage) =>
        StudentUpsertMessage.Parse((await storage.PeekAsync(WorkQueues.StudentUpserts))[^1]);
}
