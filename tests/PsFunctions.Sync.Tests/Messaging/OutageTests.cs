using Microsoft.Extensions.Time.Testing;
using PsFunctions.Azure.Storage;
using PsFunctions.Sync.Events;
using PsFunctions.Sync.Messaging;
using PsFunctions.Sync.Students;
using PsFunctions.Sync.Tests.FlowSupport;
using PsFunctions.Sync.Tests.Harness;
using PsFunctions.Testing;

namespace PsFunctions.Sync.Tests.Messaging;

/// <summary>
/// A PowerSchool outage does not burn deliveries: every message that fails on it goes back as a fresh message with a
/// growing delay, so when PowerSchool comes back the work resumes on its own, nothing poisoned, given up or lost.
/// </summary>
public sealed class OutageTests(AzuriteFixture azurite, FlowSimulatorFixture simulator)
    : IClassFixture<AzuriteFixture>, IClassFixture<FlowSimulatorFixture>
{
    private static readonly TimeSpan Outage = TimeSpan.FromMinutes(15);

    // The clients' circuit breakers run on the wall clock (their own keyed TimeProvider, so retry delays really pass),
    // which this test does not move: a breaker opened in the outage would stay open for real seconds while the queue
    // clock jumps minutes. Out of play here; the client's tests cover them.
    private static readonly Dictionary<string, string?> WallClockBreakersOff = new()
    {
        ["PowerSchool:Sis:Resilience:BreakerMinimumThroughput"] = "10000",
        ["PowerSchool:Enrollment:Resilience:BreakerMinimumThroughput"] = "10000",
    };

    private SimulatorHost Sim => simulator.Host;

    [Fact]
    public async Task Fifteen_minutes_of_every_request_failing_poison_nothing_and_the_work_resumes_on_its_own()
    {
        await Sim.ResetAsync();
        var storage = new TestStorage(azurite);
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 9, 14, 8, 0, 0, TimeSpan.Zero));
        await using var flow = FlowEngine.Start(Sim, storage, WallClockBreakersOff, clock);
        var before = await Sim.CountSisStudentsAsync();
        var submissions = await Sim.CreateSubmissionsAsync(count: 4, returning: false);
        await flow.Intake.RunAsync(FlowEngine.DeliveryTargetId);
        var documents = submissions.Sum(submission => submission.DocumentCount);
        Assert.True(documents > 0, "the simulated submissions reference documents");

        // SIS, Enrollment and the signed document URLs all answer 503 until the outage is over.
        var end = clock.GetUtcNow() + Outage;
        await Sim.SetFaultsAsync(new { serviceUnavailableRate = 1.0, retryAfterSeconds = 0 });
        var healedAt = (DateTimeOffset?)null;
        var counts = await flow.DrainOnMovingClockAsync(
            clock,
            async now =>
            {
                if (healedAt is null && now >= end)
                {
                    await Sim.ClearFaultsAsync();
                    healedAt = now;
                }
            },
            maxRounds: 60,
            WorkQueues.StudentUpserts,
            WorkQueues.DocumentMirror);
        await Sim.ClearFaultsAsync();

        Assert.NotNull(healedAt);
        // Failed during the outage, many times over; not one failed delivery, nothing poisoned or given up.
        Assert.True(flow.Delayed.All.Count >= 2 * 5, $"only {flow.Delayed.All.Count} deferrals");
        Assert.Empty(counts.Failures);
        Assert.Equal(0, counts.Poisoned);
        foreach (var queue in (string[])[WorkQueues.StudentUpserts, WorkQueues.DocumentMirror])
        {
            Assert.Empty(await storage.PeekAsync(WorkQueues.PoisonOf(queue)));
            Assert.Empty(await storage.PeekAsync(queue));
            Assert.Empty(await storage.OpenDeadLettersAsync(queue));
        }

        // Delays grow: the attempt after the outage is no more than the longest delay after it ended.
        var delays = flow.Delayed.All.Where(held => held.Queue == WorkQueues.StudentUpserts).Select(held => held.Delay).ToList();
        Assert.Equal(delays.Order(), delays);
        Assert.True(delays[^1] > delays[0], "the delay grows");
        Assert.True(clock.GetUtcNow() - end <= new WorkDeferralOptions().MaxDelay, $"resumed {clock.GetUtcNow() - end} after the outage");

        // Every submission applied exactly once, every document mirrored.
        Assert.Equal(before + submissions.Count, await Sim.CountSisStudentsAsync());
        foreach (var submission in submissions)
        {
            Assert.Equal(UpsertState.Succeeded, (await storage.UpsertLedger.GetAsync(submission.Id))!.State);
            Assert.Null(await storage.Rejections.GetAsync(submission.Id));
        }

        Assert.Equal(submissions.Count, flow.Events.Distinct(EventTypes.StudentUpserted).Count);
        Assert.Equal(documents, flow.Events.Distinct(EventTypes.DocumentMirrored).Count);
        var stored = 0;
        await foreach (var _ in storage.Container(StorageNames.StudentDocumentsContainer).GetBlobsAsync())
        {
            stored++;
        }

        Assert.Equal(documents, stored);
    }
}
