using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace PsFunctions.App.Tests.Deployment;

/// <summary>infra/main.bicep compiled once for the tests, with helpers to read its modules and variables.</summary>
public sealed partial class MainTemplate : IAsyncLifetime
{
    public JsonObject Json { get; private set; } = [];

    public JsonObject Parameters => Json["parameters"]!.AsObject();

    public async Task InitializeAsync() => Json = await BicepCli.BuildAsync(Repository.PathOf("infra/main.bicep"));

    public Task DisposeAsync() => Task.CompletedTask;

    /// <summary>The expression or value main.bicep passes to <paramref name="parameter"/> of module <paramref name="module"/>.</summary>
    public JsonNode ModuleParameter(string module, string parameter)
    {
        var node = Json["resources"]!.AsArray().Single(resource => (string?)resource!["name"] == module)!["properties"]!["parameters"]![parameter]!;
        // A value chosen by a condition compiles to one expression for the whole {"value": ...} object.
        return node is JsonObject wrapper ? wrapper["value"]! : node;
    }

    /// <summary>The string values of a list built from main.bicep's literal variables (<c>variables('x')</c>, <c>concat(...)</c>, a literal array).</summary>
    public IReadOnlyList<string> Strings(JsonNode value) => value is JsonArray array
        ? [.. array.Select(item => item!.GetValue<string>())]
        : [.. VariableReference().Matches(value.GetValue<string>()).SelectMany(match => Variable(match.Groups["name"].Value, match.Groups["member"]))];

    private IEnumerable<string> Variable(string name, Group member)
    {
        var node = Json["variables"]![name]!;
        node = member.Success ? node[member.Value]! : node;
        var values = node is JsonArray items ? items.Select(item => item!.GetValue<string>()) : [node.GetValue<string>()];
        // A variable built from other variables compiles to expressions of its own.
        return values.SelectMany(value => value.StartsWith('[') ? Strings(JsonValue.Create(value)) : [value]);
    }

    [GeneratedRegex(@"variables\('(?<name>[A-Za-z]+)'\)(\.(?<member>[A-Za-z]+))?")]
    private static partial Regex VariableReference();
}
