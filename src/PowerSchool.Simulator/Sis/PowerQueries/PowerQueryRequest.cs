using System.Globalization;
using System.Text.Json;

namespace PowerSchool.Simulator.Sis.PowerQueries;

/// <summary>
/// The body of a PowerQuery call: its arguments (lists of ids), an ad-hoc <c>$q</c> filter and, for change tracking,
/// <c>$dataversion</c> with <c>$dataversion_applicationname</c> (both or neither, as PowerSchool's reference says).
/// Broken rules are collected as PowerSchool's validation errors.
/// </summary>
internal sealed record PowerQueryRequest(
    IReadOnlyDictionary<string, IReadOnlySet<long>> Arguments, long? DataVersion, string? Application, string? Filter, IReadOnlyList<(string Field, string Code)> Errors)
{
    public const string DataVersionKey = "$dataversion";
    public const string ApplicationKey = "$dataversion_applicationname";
    public const string FilterKey = "$q";

    public static PowerQueryRequest Parse(JsonElement body, IPowerQuery query)
    {
        var arguments = new Dictionary<string, IReadOnlySet<long>>(StringComparer.Ordinal);
        var errors = new List<(string, string)>();
        string? version = null, application = null, filter = null;
        if (body.ValueKind == JsonValueKind.Object)
        {
            foreach (var property in body.EnumerateObject())
            {
                switch (property.Name)
                {
                    case DataVersionKey: version = Scalar(property.Value); break;
                    case ApplicationKey: application = Scalar(property.Value); break;
                    case FilterKey: filter = Scalar(property.Value); break;
                    default: Argument(property, query, arguments, errors); break;
                }
            }
        }

        errors.AddRange(query.Arguments.Where(a => a.Required && !arguments.ContainsKey(a.Name) && !errors.Any(e => e.Item1 == a.Name)).Select(a => (a.Name, "missing_field")));
        long? since = null;
        if (version is not null)
        {
            since = long.TryParse(version, NumberStyles.None, CultureInfo.InvariantCulture, out var v) ? v : null;
            if (since is null)
            {
                errors.Add((DataVersionKey, "invalid"));
            }

            if (string.IsNullOrWhiteSpace(application))
            {
                errors.Add((ApplicationKey, "missing_field"));
            }
        }
        else if (!string.IsNullOrWhiteSpace(application))
        {
            errors.Add((DataVersionKey, "missing_field"));
        }

        return new PowerQueryRequest(arguments, since, application, filter, errors);
    }

    private static void Argument(JsonProperty property, IPowerQuery query, Dictionary<string, IReadOnlySet<long>> into, List<(string, string)> errors)
    {
        if (!query.Arguments.Any(a => a.Name == property.Name))
        {
            errors.Add((property.Name, "invalid"));
            return;
        }

        var items = property.Value.ValueKind == JsonValueKind.Array ? [.. property.Value.EnumerateArray()] : new List<JsonElement> { property.Value };
        var ids = new HashSet<long>();
        foreach (var item in items)
        {
            if (!long.TryParse(Scalar(item), NumberStyles.None, CultureInfo.InvariantCulture, out var id))
            {
                errors.Add((property.Name, "invalid"));
                return;
            }

            ids.Add(id);
        }

        if (ids.Count == 0)
        {
            errors.Add((property.Name, "missing_field"));
            return;
        }

        into[property.Name] = ids;
    }

    private static string? Scalar(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => value.GetString(),
        JsonValueKind.Number => value.GetRawText(),
        _ => null,
    };
}
