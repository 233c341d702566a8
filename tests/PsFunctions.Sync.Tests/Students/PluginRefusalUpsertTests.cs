using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using PowerSchool.Client;
using PowerSchool.Simulator.Sis;
using PsFunctions.Sync.Checkpoints;
using PsFunctions.Sync.Messaging;
using PsFunctions.Sync.Status;
using PsFunctions.Sync.Tests.FlowSupport;
using PsFunctions.Sync.Tests.Harness;
using PsFunctions.Testing;

namespace PsFunctions.Sync.Tests.Students;

/// <summary>
/// A student upsert the plugin's configuration refuses shows the fix in the status beside the change feed's, until a
/// message succeeds: a simulator whose plugin may read <c>/ws/v1</c> but not write (<c>V1ApiAccess</c> Read), so the
/// lookups pass and the student POST gets PowerSchool 25.2's 401.
/// </summary>
public sealed class PluginRefusalUpsertTests(AzuriteFixture azurite, ReadOnlyPluginSimulatorFixture simulator)
    : IClassFixture<AzuriteFixture>, IClassFixture<ReadOnlyPluginSimulatorFixture>
{
    [Fact]
    public async Task A_student_post_refused_for_lack_of_write_access_shows_the_fix_in_the_status_until_an_upsert_succeeds()
    {
        var sim = simulator.Host;
        await using var flow = FlowEngine.Start(sim, new TestStorage(azurite));
        var school = sim.Directory().Schools[0];
        await sim.CreateSubmissionsAsync(submissions: [FamilyData.Child("Ines", "Varga", new DateOnly(2016, 4, 2), school)]);

        await flow.Intake.RunAsync(FlowEngine.DeliveryTargetId);
        var refused = await flow.DrainAsync(WorkQueues.StudentUpserts);

        // Every delivery of the message is refused the same way (a configuration refusal is not an outage).
        Assert.NotEmpty(refused.Failures);
        Assert.All(refused.Failures, failure => Assert.IsType<PowerSchoolPluginConfigurationException>(failure));
        var error = (PowerSchoolPluginConfigurationException)refused.Failures[0];
        var status = await flow.Get<SyncStatusReader>().ReadAsync([]);
        var problem = Assert.Single(status.PluginProblems);
        Assert.Equal((PluginProblem.StudentUpserts, error.Operation, error.Fix), (problem.Component, problem.Operation, problem.Fix));
        Assert.Contains("accessLevelV1Api=\"FULL\"", problem.Fix, StringComparison.Ordinal);
        Assert.Equal(problem, status.PluginConfiguration);
        using (var json = JsonDocument.Parse(JsonSerializer.Serialize(status, SyncStatusJsonContext.Default.SyncStatus)))
        {
            Assert.Equal("student upserts", json.RootElement.GetProperty("pluginProblems")[0].GetProperty("component").GetString());
        }

        // The district grants write access; the next message (a new submission) succeeds and clears the problem.
        sim.Services.GetRequiredService<IOptions<SisOptions>>().Value.V1ApiAccess = V1ApiAccess.Full;
        await sim.CreateSubmissionsAsync(submissions: [FamilyData.Child("Aron", "Varga", new DateOnly(2017, 5, 6), school)]);
        await flow.Intake.RunAsync(FlowEngine.DeliveryTargetId);
        Assert.Empty((await flow.DrainAsync(WorkQueues.StudentUpserts)).Failures);

        var healed = await flow.Get<SyncStatusReader>().ReadAsync([]);
        Assert.Empty(healed.PluginProblems);
        Assert.Null(healed.PluginConfiguration);
    }
}
