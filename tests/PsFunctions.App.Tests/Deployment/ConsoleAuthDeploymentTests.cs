using System.Reflection;
using System.Text.RegularExpressions;
using Microsoft.Azure.Functions.Worker;
using PsFunctions.App.Console;
using PsFunctions.Hosting.Console;

namespace PsFunctions.App.Tests.Deployment;

/// <summary>
/// The operations console's sign-in as the deployment sets it (docs/security.md, "The operations console"): App Service
/// authentication requires Entra ID sign-in on every path but the function-key routes the app declares, only when an
/// app registration is given; the role the console's code checks is the template's parameter, with the code's default.
/// </summary>
public sealed partial class ConsoleAuthDeploymentTests(MainTemplate template) : IClassFixture<MainTemplate>
{
    [Fact]
    public void Sign_in_is_required_on_every_path_but_the_function_key_routes_once_an_app_registration_is_given()
    {
        var module = template.Json["resources"]!.AsArray().Single(resource => (string?)resource!["name"] == "console-auth")!;
        var inner = module["properties"]!["template"]!;
        var auth = inner["resources"]!.AsArray().Single(resource => (string?)resource!["type"] == "Microsoft.Web/sites/config")!["properties"]!;
        var validation = auth["globalValidation"]!;

        Assert.Equal("[not(empty(parameters('consoleClientId')))]", (string?)module["condition"]);
        Assert.True(validation["requireAuthentication"]!.GetValue<bool>());
        Assert.Equal("RedirectToLoginPage", (string?)validation["unauthenticatedClientAction"]);
        Assert.True(auth["identityProviders"]!["azureActiveDirectory"]!["enabled"]!.GetValue<bool>());
        Assert.Equal("[parameters('clientId')]", (string?)auth["identityProviders"]!["azureActiveDirectory"]!["registration"]!["clientId"]);
        Assert.Equal(
            FunctionKeyRoutes().Order(StringComparer.Ordinal),
            inner["variables"]!["excludedPaths"]!.AsArray().Select(path => path!.GetValue<string>()).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void The_console_role_parameter_sets_the_role_the_code_checks_with_the_codes_default()
    {
        var settings = ArmObjectEntries.Read(template.ModuleParameter("function", "appSettings").GetValue<string>());
        var given = AzdParameters.Resolve(Repository.PathOf("infra/main.parameters.json"), new Dictionary<string, string>());

        Assert.Equal("parameters('consoleRole')", settings["Console__RequiredRole"]);
        Assert.Equal(new ConsoleOptions().RequiredRole, template.Parameters["consoleRole"]!["defaultValue"]!.GetValue<string>());
        Assert.Equal(new ConsoleOptions().RequiredRole, given["consoleRole"]);
        // azd passes no client id unless CONSOLE_CLIENT_ID is set: the template's empty default, no sign-in configured.
        Assert.Equal(string.Empty, given.GetValueOrDefault("consoleClientId", string.Empty));
    }

    // Every HTTP function of the app but the console, as the path App Service sees (a trailing {parameter} as /*).
    private static IEnumerable<string> FunctionKeyRoutes() =>
        typeof(OperationsConsole).Assembly.GetTypes()
            .SelectMany(type => type.GetMethods())
            .SelectMany(method => method.GetParameters())
            .Select(parameter => parameter.GetCustomAttribute<HttpTriggerAttribute>()?.Route)
            .OfType<string>()
            .Where(route => !route.StartsWith("console", StringComparison.Ordinal))
            .Select(route => "/api/" + TrailingParameter().Replace(route, "/*"));

    [GeneratedRegex(@"/\{[^}]+\}$")]
    private static partial Regex TrailingParameter();
}
