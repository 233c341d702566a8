using PsFunctions.Sync.Messaging;
using PsFunctions.Sync.Students;
using PsFunctions.Sync.Tests.FlowSupport;
using PsFunctions.Sync.Tests.Harness;
using PsFunctions.Testing;

namespace PsFunctions.Sync.Tests.Enrollment;

/// <summary>
/// The engine stopped between each pair of steps of intake and of upsert, then restarted: every submission
/// ends as exactly one SIS student (none lost, none twice), checked against the simulator's SIS.
/// </summary>
public sealed class IntakeCrashTests(AzuriteFixture azurite, FlowSimulatorFixture simulator)
    : IClassFixture<AzuriteFixture>, IClassFixture<FlowSimulatorFixture>
{
    private SimulatorHost Sim => simulator.Host;

    public static TheoryData<string, int> CrashPoints => new()
    {
        // Intake: after createbatch (before the archive), after the archive, after the ledger row,
        // between work messages, after the messages, after the events, after the enqueued mark.
        { "archive.save", 1 },
        { "batchledger.save:Stored", 1 },
        { $"queue.enqueue:{WorkQueues.StudentUpserts}", 1 },
        { $"queue.enqueue:{WorkQueues.StudentUpserts}", 2 },
        { $"queue.enqueue:{WorkQueues.DocumentMirror}", 1 },
        { "events.publish:enrollment.submission.received", 1 },
        { "batchledger.save:Enqueued", 1 },
        { "batchledger.run", 1 },
        // Upsert: before Posting, after Posting (before the POST), after the POST (before events and ledger).
        { "upsertledger.save:Posting", 1 },
        { "upsertledger.save:Posting:done", 1 },
        { "events.publish:student.upserted", 1 },
        { "upsertledger.save:Succeeded", 1 },
        { "upsertledger.save:Succeeded:done", 1 },
    };

    [Theory]
    [MemberData(nameof(CrashPoints))]
    public async Task A_crash_at_any_step_then_a_restart_applies_every_submission_exactly_once(string step, int occurrence)
    {
        await Sim.ResetAsync();
        var storage = new TestStorage(azurite);
        var before = await Sim.CountSisStudentsAsync();
        var submissions = await Sim.CreateSubmissionsAsync(count: 12, returning: false);
        var returning = await Sim.CreateSubmissionsAsync(count: 2, returning: true);

        await using (var first = FlowEngine.Start(Sim, storage))
        {
            first.Crashes.Arm(step, occurrence);
            await RunToEndAsync(first, storage);
            Assert.True(first.Crashes.Fired, $"the crash point {step} was never reached");
        }

        await using var restarted = FlowEngine.Start(Sim, storage);
        await RunToEndAsync(restarted, storage);

        Assert.Equal(before + submissions.Count, await Sim.CountSisStudentsAsync());
        var dcids = new List<long>();
        foreach (var submission in submissions.Concat(returning))
        {
            var entry = await storage.UpsertLedger.GetAsync(submission.Id);
            Assert.True(entry?.State == UpsertState.Succeeded, $"submission {submission.Id} was not applied after the crash at {step}");
            dcids.Add(entry.Dcid!.Value);
        }

        Assert.Equal(dcids.Count, dcids.Distinct().Count());
    }

    // One "process lifetime": intake, then the upsert queue drained, stopping at a simulated crash.
    private static async Task RunToEndAsync(EngineHarness flow, TestStorage storage)
    {
        try
        {
            await flow.Intake.RunAsync(FlowEngine.DeliveryTargetId);
            Assert.Empty((await flow.DrainAsync(WorkQueues.StudentUpserts)).Failures);
        }
        catch (SimulatedCrashException)
        {
            // The process died here; the next harness is the restart.
        }
    }
}
