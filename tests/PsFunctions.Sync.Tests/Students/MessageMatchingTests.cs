using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Testing;
using Microsoft.Extensions.Options;
using PowerSchool.Client.Sis.PowerQueries;
using PowerSchool.Simulator.Sis;
using PsFunctions.Sync.Checkpoints;
using PsFunctions.Sync.Messaging;
using PsFunctions.Sync.Status;
using PsFunctions.Sync.Students;
using PsFunctions.Sync.Tests.FlowSupport;
using PsFunctions.Sync.Tests.Harness;
using PsFunctions.Testing;

namespace PsFunctions.Sync.Tests.Students;

/// <summary>
/// A message is matched with one request: the plugin's candidate query for every key of its submissions, each decided
/// from those rows with the per-record rules. A plugin without the query is matched one request per record, logged once
/// and shown in the status until the query answers again.
/// </summary>
public sealed class MessageMatchingTests(AzuriteFixture azurite, FlowSimulatorFixture simulator)
    : IClassFixture<AzuriteFixture>, IClassFixture<FlowSimulatorFixture>
{
    private const string PowerQuery = "POST /ws/schema/query/{name}";
    private const string StudentList = "GET /ws/v1/district/student";
    private const string OneStudent = "GET /ws/v1/student/{dcid}";

    private SimulatorHost Sim => simulator.Host;

    [Fact]
    public async Task A_message_of_new_and_returning_students_is_matched_with_one_query_and_no_lookup_gets()
    {
        await Sim.ResetAsync();
        var directory = Sim.Directory();
        var school = directory.Schools[0];
        var byName = directory.Students[2];
        var byNumber = directory.Students[5];
        var byState = directory.Students.Skip(8).First(s => !string.IsNullOrEmpty(s.StateStudentNumber));
        var born = new DateOnly(2016, 9, 3);
        var storage = new TestStorage(azurite);
        await using var flow = FlowEngine.Start(Sim, storage);
        var created = await Sim.CreateSubmissionsAsync(submissions:
        [
            FamilyData.Child("Noa", "Fresh", born, school),
            FamilyData.About(byName, school, firstName: byName.FirstName),
            FamilyData.Child("Ivo", "Fresh", born.AddDays(40), school),
            FamilyData.About(byNumber, school, studentId: byNumber.StudentNumber, firstName: "Renumbered"),
            FamilyData.About(byState, school, stateId: byState.StateStudentNumber!, firstName: "Restated"),
            FamilyData.Child("Uma", "Newcomer", born.AddDays(90), school),
            // Same last name and birth date as a directory student, another first name: a new child, not an UPDATE.
            FamilyData.Child("Someone", byName.LastName, byName.DateOfBirth, school),
            FamilyData.Child("Eli", "Fresh", born.AddDays(120), school),
        ]);
        await flow.Intake.RunAsync(FlowEngine.DeliveryTargetId);
        Assert.Equal(8, StudentUpsertMessage.Parse(Assert.Single(await storage.PeekAsync(WorkQueues.StudentUpserts))).SubmissionIds.Count);
        var before = await Sim.GetCountersAsync();

        Assert.Empty((await flow.DrainAsync(WorkQueues.StudentUpserts)).Failures);

        var after = await Sim.GetCountersAsync();
        long Delta(string endpoint) => after.GetValueOrDefault(endpoint) - before.GetValueOrDefault(endpoint);
        Assert.Equal((1L, 0L, 0L), (Delta(PowerQuery), Delta(StudentList), Delta(OneStudent)));
        var entries = new List<UpsertLedgerEntry>();
        foreach (var submission in created)
        {
            entries.Add((await storage.UpsertLedger.GetAsync(submission.Id))!);
        }

        Assert.All(entries, entry => Assert.Equal(UpsertState.Succeeded, entry.State));
        Assert.Equal(["INSERT", "UPDATE", "INSERT", "UPDATE", "UPDATE", "INSERT", "INSERT", "INSERT"], entries.Select(e => e.Action));
        Assert.Equal([byName.Dcid, byNumber.Dcid, byState.Dcid], new[] { entries[1], entries[3], entries[4] }.Select(e => e.Dcid));
        var renamed = await Sim.GetSisStudentAsync(byNumber.Dcid);
        Assert.Equal("Renumbered", renamed!.Value.GetProperty("first_name").GetString());
    }

    [Fact]
    public async Task Without_the_plugins_query_each_record_is_looked_up_logged_once_shown_in_the_status_and_cleared_when_it_answers()
    {
        await Sim.ResetAsync();
        var options = Sim.Services.GetRequiredService<IOptions<SisOptions>>().Value;
        var school = Sim.Directory().Schools[0];
        var returning = Sim.Directory().Students[4];
        var storage = new TestStorage(azurite);
        await using var flow = FlowEngine.Start(Sim, storage, services: services => services.AddFakeLogging());
        options.PluginQueries = false;
        try
        {
            foreach (var round in Enumerable.Range(0, 2))
            {
                var lookups = await Sim.GetCounterAsync(StudentList);
                await ApplyAsync(flow, storage, FamilyData.Child($"Kai{round}", "Fallback", new DateOnly(2015, 3, 1 + round), school), FamilyData.About(returning, school));
                Assert.True(await Sim.GetCounterAsync(StudentList) > lookups, "the records were not looked up one by one");
            }

            var refusal = Assert.Single(flow.Get<FakeLogCollector>().GetSnapshot(), log => log.Id.Id == 4481);
            Assert.Contains(StudentQueries.MatchCandidates, refusal.Message, StringComparison.Ordinal);
            var problem = Assert.Single((await flow.Get<SyncStatusReader>().ReadAsync([])).PluginProblems);
            Assert.Equal(PluginProblem.StudentUpserts, problem.Component);
            Assert.Contains("its own request", problem.Fix, StringComparison.Ordinal);
        }
        finally
        {
            options.PluginQueries = true;
        }

        var listed = await Sim.GetCounterAsync(StudentList);
        await ApplyAsync(flow, storage, FamilyData.Child("Kai", "Restored", new DateOnly(2015, 4, 1), school), FamilyData.About(returning, school));

        Assert.Equal(listed, await Sim.GetCounterAsync(StudentList));
        Assert.Single(flow.Get<FakeLogCollector>().GetSnapshot(), log => log.Id.Id == 4482);
        Assert.Empty((await flow.Get<SyncStatusReader>().ReadAsync([])).PluginProblems);
    }

    // One message of the given submissions, delivered and applied; every one must succeed.
    private async Task ApplyAsync(EngineHarness flow, TestStorage storage, params object[] submissions)
    {
        var created = await Sim.CreateSubmissionsAsync(submissions: submissions);
        await flow.Intake.RunAsync(FlowEngine.DeliveryTargetId);
        Assert.Empty((await flow.DrainAsync(WorkQueues.StudentUpserts)).Failures);
        foreach (var submission in created)
        {
            Assert.Equal(UpsertState.Succeeded, (await storage.UpsertLedger.GetAsync(submission.Id))!.State);
        }
    }
}
