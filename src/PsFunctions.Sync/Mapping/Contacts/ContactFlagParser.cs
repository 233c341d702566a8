using System.Text.Json;
using PsFunctions.Sync.Batches;

namespace PsFunctions.Sync.Mapping.Contacts;

/// <summary>Validates a contact entry's <c>flags</c>: known flag names, each <c>true</c>/<c>false</c> or the path of a yes/no item.</summary>
internal static class ContactFlagParser
{
    /// <summary>The flag names of mapping files (camelCase of <see cref="ContactFlag"/>).</summary>
    public static IReadOnlyDictionary<string, ContactFlag> Names { get; } = Enum.GetValues<ContactFlag>()
        .ToDictionary(NameOf, flag => flag, StringComparer.Ordinal);

    /// <summary>The mapping-file name of <paramref name="flag"/> (<c>livesWith</c>).</summary>
    public static string NameOf(ContactFlag flag) => JsonNamingPolicy.CamelCase.ConvertName(flag.ToString());

    public static IReadOnlyDictionary<ContactFlag, ContactFlagRule> Parse(Dictionary<string, JsonElement>? flags, string where, List<string> errors)
    {
        var rules = new Dictionary<ContactFlag, ContactFlagRule>();
        foreach (var (name, value) in flags ?? [])
        {
            if (!Names.TryGetValue(name, out var flag))
            {
                errors.Add($"{where}.{name}: not a flag (known: {string.Join(", ", Names.Keys)})");
                continue;
            }

            if (Rule(value) is { } rule)
            {
                rules[flag] = rule;
            }
            else
            {
                errors.Add($"{where}.{name}: must be true, false, or the JSON path of a yes/no item (e.g. livesWithStudent)");
            }
        }

        return rules;
    }

    private static ContactFlagRule? Rule(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.True => new ContactFlagRule(true, null),
        JsonValueKind.False => new ContactFlagRule(false, null),
        JsonValueKind.String when SourcePath.TryParse(value.GetString()) is { } path => new ContactFlagRule(null, path),
        _ => null,
    };
}
