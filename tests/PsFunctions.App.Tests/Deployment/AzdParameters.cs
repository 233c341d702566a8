using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace PsFunctions.App.Tests.Deployment;

/// <summary>
/// What azd makes of infra/main.parameters.json for an environment: <c>${VAR}</c> takes the variable's value,
/// <c>${VAR=default}</c> the default when the variable is unset, and a parameter left empty counts as not given, so azd
/// prompts for it when the template gives it no default (azure-dev issues 2895, 2896).
/// </summary>
internal static partial class AzdParameters
{
    public static IReadOnlyDictionary<string, string> Resolve(string parametersFile, IReadOnlyDictionary<string, string> environment)
    {
        var parameters = JsonNode.Parse(File.ReadAllText(parametersFile))!["parameters"]!.AsObject();
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (name, parameter) in parameters)
        {
            var text = parameter!["value"]!.GetValue<string>();
            var value = Reference().Replace(text, match => environment.TryGetValue(match.Groups["name"].Value, out var set)
                ? set
                : match.Groups["default"].Success ? match.Groups["default"].Value : string.Empty);
            if (value.Length > 0)
            {
                values[name] = value;
            }
        }

        return values;
    }

    [GeneratedRegex(@"\$\{(?<name>[A-Z0-9_]+)(=(?<default>[^}]*))?\}")]
    private static partial Regex Reference();
}
