using System.Text.Json;
using PowerSchool.Client;
using PsFunctions.Sync.ChangeFeed;
using PsFunctions.Sync.Checkpoints;
using PsFunctions.Sync.Status;
using PsFunctions.Sync.Tests.Harness;
using PsFunctions.Testing;

namespace PsFunctions.Sync.Tests.ChangeFeed;

/// <summary>
/// A change-feed poll the plugin's configuration refuses shows the fix in the status (what <c>/api/status</c> and
/// <c>ops status</c> answer), not only in a log, until a poll succeeds; against simulators configured as such plugins.
/// </summary>
public sealed class PluginRefusalStatusTests(AzuriteFixture azurite) : IClassFixture<AzuriteFixture>
{
    private const string DistrictStudents = "GET /ws/v1/district/student";

    [Fact]
    public async Task A_plugin_without_accessLevelV1Api_puts_the_element_to_add_in_the_status()
    {
        await using var sim = await SimulatorHost.StartAsync([new("Simulator:District:Students", "10"), new("Simulator:Sis:V1ApiAccess", "None")]);
        await using var feed = Start(new TestStorage(azurite), sim);

        var error = await Assert.ThrowsAsync<PowerSchoolPluginConfigurationException>(() => feed.Get<SisChangeFeed>().PollAsync());

        var status = await feed.Get<SyncStatusReader>().ReadAsync([]);
        var problem = status.PluginConfiguration;
        Assert.NotNull(problem);
        Assert.Equal((SisChangeFeed.Component, error.Operation, error.Fix), (problem.Component, problem.Operation, problem.Fix));
        Assert.Contains(PowerSchoolPluginConfigurationException.V1ApiAccessElement, problem.Fix, StringComparison.Ordinal);
        // One district-students call was refused and none followed: a configuration refusal is not retried or taken for an expired token.
        var counters = await sim.GetCountersAsync();
        Assert.Equal(1, counters.Where(c => c.Key.StartsWith(DistrictStudents, StringComparison.Ordinal)).Sum(c => c.Value));
        Assert.Equal(1, counters["POST /oauth/access_token"]);
        using var json = JsonDocument.Parse(JsonSerializer.Serialize(status, SyncStatusJsonContext.Default.SyncStatus));
        Assert.Contains("accessLevelV1Api", json.RootElement.GetProperty("pluginConfiguration").GetProperty("fix").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_data_version_application_names_the_setting_in_the_status_until_a_poll_succeeds()
    {
        await using var sim = await SimulatorHost.StartAsync([new("Simulator:District:Students", "10")]);
        var storage = new TestStorage(azurite);
        await using (var wrong = Start(storage, sim, new KeyValuePair<string, string?>("Sync:ChangeFeed:ApplicationName", "NoSuchApp")))
        {
            await Assert.ThrowsAsync<PowerSchoolPluginConfigurationException>(() => wrong.Get<SisChangeFeed>().PollAsync());

            var problem = (await wrong.Get<SyncStatusReader>().ReadAsync([])).PluginConfiguration;
            Assert.NotNull(problem);
            Assert.Contains("Sync:ChangeFeed:ApplicationName", problem.Fix, StringComparison.Ordinal);
            Assert.Contains("'NoSuchApp'", problem.Fix, StringComparison.Ordinal);
            Assert.Null((await wrong.Get<SyncStatusReader>().ReadAsync([])).ChangeFeed);
        }

        // The setting is corrected and the app restarts over the same storage: the next poll clears the problem.
        await using var fixedFeed = Start(storage, sim);
        var result = await fixedFeed.Get<SisChangeFeed>().PollAsync();

        var status = await fixedFeed.Get<SyncStatusReader>().ReadAsync([]);
        Assert.Equal(ChangeFeedMode.Baseline, result.Mode);
        Assert.Null(status.PluginConfiguration);
        Assert.Equal(result.DataVersion, status.ChangeFeed!.DataVersion);
    }

    private static EngineHarness Start(TestStorage storage, SimulatorHost sim, params KeyValuePair<string, string?>[] settings) =>
        EngineHarness.Start(storage, new EngineSetup { Simulator = sim, Settings = new Dictionary<string, string?>(settings) });
}
