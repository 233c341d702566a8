using System.Globalization;
using System.Text.Json;

namespace PowerSchool.Simulator.Sis.PowerQueries;

/// <summary>
/// The body of a PowerQuery call: its arguments (lists of ids or texts, at most <see cref="MaxArrayValues"/> each), an ad-hoc <c>$q</c> filter and, for change tracking,
/// <c>$dataversion</c> with <c>$dataversion_applicationname</c> (both or neither, as PowerSchool's reference says).
/// Broken rules are collected as PowerSchool's validation errors.
/// </summary>
internal sealed record PowerQueryRequest(
    QueryArguments Arguments, long? DataVersion, string? Application, string? Filter, IReadOnlyList<(string Field, string Code)> Errors)
{
    public const string DataVersionKey = "$dataversion";
    public const string ApplicationKey = "$dataversion_applicationname";
    public const string FilterKey = "$q";

    /// <summary>
    /// Most values one array argument takes: Oracle refuses an IN list of more than 1,000 (ORA-01795), so a longer list is
    /// refused here as a validation error (<c>too_many_values</c>), our stand-in for the database error PowerSchool would pass on.
    /// </summary>
    public const int MaxArrayValues = 1000;

    public static PowerQueryRequest Parse(JsonElement body, IPowerQuery query)
    {
        var numbers = new Dictionary<string, IReadOnlySet<long>>(StringComparer.Ordinal);
        var texts = new Dictionary<string, IReadOnlySet<string>>(StringComparer.Ordinal);
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
                    default: Argument(property, query, numbers, texts, errors); break;
                }
            }
        }

        var arguments = new QueryArguments(numbers, texts);
        errors.AddRange(query.Arguments.Where(a => a.Required && !arguments.Has(a.Name) && !errors.Any(e => e.Item1 == a.Name)).Select(a => (a.Name, "missing_field")));
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

    private static void Argument(
        JsonProperty property, IPowerQuery query, Dictionary<string, IReadOnlySet<long>> numbers, Dictionary<string, IReadOnlySet<string>> texts, List<(string, string)> errors)
    {
        if (query.Arguments.FirstOrDefault(a => a.Name == property.Name) is not { } argument)
        {
            errors.Add((property.Name, "invalid"));
            return;
        }

        var items = property.Value.ValueKind == JsonValueKind.Array ? [.. property.Value.EnumerateArray()] : new List<JsonElement> { property.Value };
        if (items.Count == 0)
        {
            errors.Add((property.Name, "missing_field"));
            return;
        }

        if (items.Count > MaxArrayValues)
        {
            errors.Add((property.Name, "too_many_values"));
            return;
        }

        // Oracle reads '' as NULL, which matches nothing: such an item is dropped, and the argument may end up empty.
        var values = items.Select(Scalar).ToList();
        if (values.Any(v => v is null))
        {
            errors.Add((property.Name, "invalid"));
            return;
        }

        var present = values.Where(v => v!.Length > 0).Select(v => v!).ToList();
        if (argument.Kind == QueryArgumentKind.Text)
        {
            texts[property.Name] = present.ToHashSet(StringComparer.Ordinal);
            return;
        }

        var ids = new HashSet<long>();
        foreach (var value in present)
        {
            if (!long.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var id))
            {
                errors.Add((property.Name, "invalid"));
                return;
            }

            ids.Add(id);
        }

        numbers[property.Name] = ids;
    }

    private static string? Scalar(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => value.GetString(),
        JsonValueKind.Number => value.GetRawText(),
        _ => null,
    };
}
