using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace PsFunctions.App.Tests.Deployment;

/// <summary>
/// `azd env new` + `azd up` with nothing set: every setting the app requires is in main.bicep's app settings with a
/// working value, or comes from a parameter azd prompts for; azd prompts for exactly the SIS URL, the Enrollment URL and
/// the delivery targets.
/// </summary>
public sealed partial class BareEnvironmentTests(MainTemplate template) : IClassFixture<MainTemplate>
{
    // What azd puts in a new environment by itself (azd env new, the location prompt, the signed-in user).
    private static readonly Dictionary<string, string> BareEnvironment = new(StringComparer.Ordinal)
    {
        ["AZURE_ENV_NAME"] = "bare",
        ["AZURE_LOCATION"] = "eastus2",
        ["AZURE_PRINCIPAL_ID"] = "00000000-0000-0000-0000-000000000001",
    };

    private static readonly IReadOnlyDictionary<string, string> Given = AzdParameters.Resolve(Repository.PathOf("infra/main.parameters.json"), BareEnvironment);

    [Fact]
    public async Task Every_setting_the_app_requires_is_set_or_prompted_for()
    {
        var required = (await EmptyConfiguration.ReportAsync()).MissingSettings.Select(key => key.Replace(":", "__", StringComparison.Ordinal)).ToList();
        var settings = ArmObjectEntries.Read(template.ModuleParameter("function", "appSettings").GetValue<string>());

        Assert.Contains("Sync__DeliveryTargets", required);
        foreach (var key in required.Concat(["PsStorage__blobServiceUri", "PsStorage__queueServiceUri", "PsStorage__tableServiceUri", "KeyVault__Uri"]))
        {
            Assert.True(settings.TryGetValue(key, out var expression), $"main.bicep does not set the app setting {key}");
            Assert.True(expression != "''", $"{key} is set to an empty string");
            foreach (var parameter in ParametersIn(expression))
            {
                Assert.True(IsPrompted(parameter) || HasWorkingValue(parameter), $"{key} comes from parameter {parameter}, which a bare environment leaves empty and azd does not prompt for");
            }
        }
    }

    [Fact]
    public void A_bare_environment_is_prompted_for_the_sis_url_the_enrollment_url_and_the_delivery_targets()
    {
        var prompted = template.Parameters.Select(pair => pair.Key).Where(IsPrompted).Order(StringComparer.Ordinal);

        Assert.Equal(["powerSchoolEnrollmentBaseUrl", "powerSchoolSisBaseUrl", "syncDeliveryTargets"], prompted);
    }

    [Fact]
    public void Every_parameter_azd_passes_exists_in_the_template_and_the_location_is_one_of_the_flex_regions()
    {
        Assert.All(Given.Keys, name => Assert.True(template.Parameters.ContainsKey(name), $"main.parameters.json passes {name}, which main.bicep does not declare"));
        var regions = template.Parameters["location"]!["allowedValues"]!.AsArray().Select(region => region!.GetValue<string>()).ToList();
        Assert.Contains(Given["location"], regions);
        Assert.DoesNotContain("westus", regions);
    }

    [Fact]
    public void A_bare_environment_gets_key_vault_purge_protection()
    {
        Assert.Equal("true", Given["keyVaultPurgeProtection"]);
        Assert.True(template.Parameters["keyVaultPurgeProtection"]!["defaultValue"]!.GetValue<bool>());
    }

    private bool IsPrompted(string parameter) =>
        !Given.ContainsKey(parameter) && template.Parameters[parameter]!["defaultValue"] is null;

    private bool HasWorkingValue(string parameter) =>
        Given.TryGetValue(parameter, out var value)
            ? value.Length > 0
            : template.Parameters[parameter]!["defaultValue"] is { } fallback && fallback.ToJsonString() != "\"\"";

    private static IEnumerable<string> ParametersIn(string expression) =>
        ParameterReference().Matches(expression).Select(match => match.Groups["name"].Value).Distinct(StringComparer.Ordinal);

    [GeneratedRegex(@"parameters\('(?<name>[A-Za-z0-9]+)'\)")]
    private static partial Regex ParameterReference();
}
