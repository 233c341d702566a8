using PowerSchool.Client.Sis;
using PsFunctions.Testing;

namespace PowerSchool.Client.Tests.Sis.Auth;

/// <summary>Refusals caused by the plugin's configuration become an error that says what to change, not an authentication failure.</summary>
public sealed class PluginConfigurationTests
{
    private const string Count = "GET /ws/v1/district/student/count";
    private const string DcidMap = "com.pearson.core.student.student_dcid_id_map";

    [Fact]
    public async Task A_plugin_without_accessLevelV1Api_gets_a_configuration_error_naming_the_element_and_no_token_refresh()
    {
        await using var sim = await SimulatorHost.StartAsync([new("Simulator:Sis:V1ApiAccess", "None")]);
        await using var clients = ClientHarness.Create(sim);

        var error = await Assert.ThrowsAsync<PowerSchoolPluginConfigurationException>(() => clients.Sis.CountStudentsAsync());

        Assert.Contains(PowerSchoolPluginConfigurationException.V1ApiAccessElement, error.Fix, StringComparison.Ordinal);
        Assert.Contains("accessLevelV1Api READ", error.Message, StringComparison.Ordinal);
        Assert.False(error.IsTransient);
        // The 401 was not taken for an expired token: the call was sent once, not re-sent with a new token.
        Assert.Equal(1, await sim.GetCounterAsync(Count));
    }

    [Fact]
    public async Task A_data_version_application_without_a_subscription_names_the_setting_to_fix()
    {
        await using var sim = await SimulatorHost.StartAsync();
        await using var clients = ClientHarness.Create(sim);

        var viaQuery = await Assert.ThrowsAsync<PowerSchoolPluginConfigurationException>(() => clients.Sis.GetCurrentDataVersionAsync(DcidMap, "NoSuchApp"));
        var viaEndpoint = await Assert.ThrowsAsync<PowerSchoolPluginConfigurationException>(() => clients.Sis.GetDataVersionAsync("NoSuchApp", 1));

        Assert.All([viaQuery, viaEndpoint], e => Assert.Contains("Sync:ChangeFeed:ApplicationName", e.Fix, StringComparison.Ordinal));
        Assert.All([viaQuery, viaEndpoint], e => Assert.Contains("'NoSuchApp'", e.Message, StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_current_data_version_is_read_from_one_row_of_the_versioned_query()
    {
        await using var sim = await SimulatorHost.StartAsync();
        await using var clients = ClientHarness.Create(sim);

        var cheap = await clients.Sis.GetCurrentDataVersionAsync(DcidMap, "psfunctions");
        var everything = await clients.Sis.GetDataVersionAsync("psfunctions", 0);

        Assert.Equal(everything, cheap);
        Assert.True(cheap > 0);
    }
}
