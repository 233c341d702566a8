using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using PsFunctions.Sync.Messaging;
using PsFunctions.Sync.Students;
using PsFunctions.Sync.Tests.FlowSupport;
using PsFunctions.Sync.Tests.Harness;
using PsFunctions.Sync.Tests.Students.Fakes;
using PsFunctions.Testing;

namespace PsFunctions.Sync.Tests.Students;

/// <summary>
/// An instance paused between its lookup and its POST for longer than the claim lasts: another instance takes the
/// expired claim and inserts the child; the paused one renews its claim before posting, finds it lost, looks the
/// child up again and updates the student the other inserted.
/// </summary>
public sealed class ClaimRenewalTests(AzuriteFixture azurite, FlowSimulatorFixture simulator)
    : IClassFixture<AzuriteFixture>, IClassFixture<FlowSimulatorFixture>
{
    private static readonly Dictionary<string, string?> Settings = new()
    {
        ["Sync:StudentClaimRetryDelay"] = "00:00:00",
        ["Sync:StudentClaimDuration"] = "00:02:00",
    };

    [Fact]
    public async Task An_instance_paused_past_its_claim_still_ends_with_one_student()
    {
        var sim = simulator.Host;
        await sim.ResetAsync();
        var storage = new TestStorage(azurite);
        var clock = new FakeTimeProvider(TimeProvider.System.GetUtcNow());
        var pause = new PausingLookup.Gate();
        await using var slow = FlowEngine.Start(sim, storage, Settings, clock,
            services => services.Decorate<IMessageStudentLookup>(inner => new PausingLookup(inner, pause)));
        await using var other = FlowEngine.Start(sim, storage, Settings, clock);
        var child = FamilyData.Child("Paula", "Paused", new DateOnly(2017, 3, 9), sim.Directory().Schools[0]);
        var before = await sim.CountSisStudentsAsync();
        var one = Assert.Single(await sim.CreateSubmissionsAsync(submissions: [child]));
        await slow.Intake.RunAsync(FlowEngine.DeliveryTargetId);
        var two = Assert.Single(await sim.CreateSubmissionsAsync(submissions: [child]));
        await slow.Intake.RunAsync(FlowEngine.DeliveryTargetId);
        var messages = (await storage.PeekAsync(WorkQueues.StudentUpserts)).Select(StudentUpsertMessage.Parse).ToList();

        // The slow instance has claimed the child and found no student; it stops before posting its INSERT.
        var slowHandling = slow.DeliverAsync(messages[0], 1);
        await pause.Reached;
        clock.Advance(TimeSpan.FromMinutes(3));
        await other.DeliverAsync(messages[1], 1);
        var inserted = await storage.UpsertLedger.GetAsync(two.Id);
        Assert.Equal(("INSERT", UpsertState.Succeeded), (inserted!.Action, inserted.State));
        pause.Resume();
        await slowHandling;

        Assert.Equal(before + 1, await sim.CountSisStudentsAsync());
        var updated = await storage.UpsertLedger.GetAsync(one.Id);
        Assert.Equal(("UPDATE", UpsertState.Succeeded, inserted.Dcid), (updated!.Action, updated.State, updated.Dcid));
    }
}
