using Microsoft.Extensions.DependencyInjection;
using PsFunctions.Sync.Messaging;
using PsFunctions.Sync.Students;
using PsFunctions.Sync.Tests.FlowSupport;
using PsFunctions.Sync.Tests.Harness;
using PsFunctions.Sync.Tests.Students.Fakes;
using PsFunctions.Testing;

namespace PsFunctions.Sync.Tests.Students;

/// <summary>
/// Two versions of one submission handled at the same moment by two instances: the submission's own claim lets one
/// handling plan and post at a time, so the older version can never reach the SIS after the newer one.
/// </summary>
public sealed class VersionSerializationTests(AzuriteFixture azurite, FlowSimulatorFixture simulator)
    : IClassFixture<AzuriteFixture>, IClassFixture<FlowSimulatorFixture>
{
    private static readonly Dictionary<string, string?> Settings = new() { ["Sync:StudentClaimRetryDelay"] = "00:00:00" };

    [Fact]
    public async Task A_newer_version_handled_while_an_older_one_is_in_flight_waits_and_ends_in_the_SIS()
    {
        var sim = simulator.Host;
        await sim.ResetAsync();
        var storage = new TestStorage(azurite);
        var pause = new PausingLookup.Gate();
        await using var slow = FlowEngine.Start(sim, storage, Settings,
            services: services => services.Decorate<IMessageStudentLookup>(inner => new PausingLookup(inner, pause, pauseKnownStudents: true)));
        await using var other = FlowEngine.Start(sim, storage, Settings);
        var submission = Assert.Single(await sim.CreateSubmissionsAsync(submissions: [FamilyData.Child("Vera", "Versions", new DateOnly(2016, 5, 2), sim.Directory().Schools[0])]));
        await other.Intake.RunAsync(FlowEngine.DeliveryTargetId);
        Assert.Empty((await other.DrainAsync(WorkQueues.StudentUpserts)).Failures);
        var dcid = (await storage.UpsertLedger.GetAsync(submission.Id))!.Dcid!.Value;
        await SimulatorSubmissions.ResubmitAsync(sim, submission.Id, new { address = new { street = "1 Older Lane" } });
        await other.Intake.RunAsync(FlowEngine.DeliveryTargetId);
        await SimulatorSubmissions.ResubmitAsync(sim, submission.Id, new { address = new { street = "2 Newer Road" } });
        await other.Intake.RunAsync(FlowEngine.DeliveryTargetId);
        var messages = (await storage.PeekAsync(WorkQueues.StudentUpserts)).Select(StudentUpsertMessage.Parse).ToList();
        Assert.Equal(2, messages.Count);

        // The older version has read the student and stops before its POST; the newer one comes to the other instance.
        var olderHandling = slow.DeliverAsync(messages[0], 1);
        await pause.Reached;
        await other.DeliverAsync(messages[1], 1);
        Assert.Single(await storage.UpsertLedger.GetVersionsAsync(submission.Id));
        pause.Resume();
        await olderHandling;
        Assert.Empty((await other.DrainAsync(WorkQueues.StudentUpserts)).Failures);

        var student = (await sim.GetSisStudentAsync(dcid))!.Value;
        Assert.Equal("2 Newer Road", student.GetProperty("physical_address").GetProperty("street").GetString());
        var latest = await storage.UpsertLedger.GetAsync(submission.Id);
        Assert.Equal((messages[1].BatchId, UpsertState.Succeeded), (latest!.BatchId, latest.State));
    }
}
