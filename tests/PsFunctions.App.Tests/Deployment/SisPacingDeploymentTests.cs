using PowerSchool.Client.Sis;

namespace PsFunctions.App.Tests.Deployment;

/// <summary>
/// The pacer as the deployment sets it (docs/deploy.md, "PowerSchool's request interval"): the parameter becomes the
/// app setting with the client's default, and an interval runs the app on one instance, whose pacer is the only one.
/// </summary>
public sealed class SisPacingDeploymentTests(MainTemplate template) : IClassFixture<MainTemplate>
{
    private const string Parameter = "powerSchoolSisMinRequestIntervalMs";

    [Fact]
    public void The_interval_parameter_sets_the_app_setting_and_defaults_to_the_clients_default()
    {
        var settings = ArmObjectEntries.Read(template.ModuleParameter("function", "appSettings").GetValue<string>());
        var given = AzdParameters.Resolve(Repository.PathOf("infra/main.parameters.json"), new Dictionary<string, string>());

        Assert.Equal($"string(parameters('{Parameter}'))", settings["PowerSchool__Sis__MinRequestIntervalMs"]);
        Assert.Equal(new SisClientOptions().MinRequestIntervalMs, template.Parameters[Parameter]!["defaultValue"]!.GetValue<int>());
        Assert.Equal("0", given[Parameter]);
    }

    [Fact]
    public void An_interval_caps_the_app_at_one_instance_and_none_leaves_the_instance_parameter()
    {
        var instances = template.ModuleParameter("function", "maximumInstanceCount").GetValue<string>();

        Assert.Equal(
            $"[if(greater(parameters('{Parameter}'), 0), createObject('value', 1), createObject('value', parameters('maximumInstanceCount')))]",
            instances);
    }
}
