using System.Text.Json;
using System.Text.RegularExpressions;

namespace PowerSchool.Client;

/// <summary>Reads PowerSchool's error bodies: the message, PowerQuery validation errors, 403 missing fields.</summary>
internal static partial class ErrorBodies
{
    public static string? Message(string body) =>
        TryParse(body) is { } root && root.TryGetProperty("message", out var m) && m.ValueKind == JsonValueKind.String
            ? m.GetString()
            : null;

    /// <summary>
    /// The <c>accessLevelV1Api</c> level a PowerSchool 25.2+ 401 says the plugin lacks
    /// (<c>{"errorMessage":{"message":"Plugin is missing required accessLevelV1Api READ permission"}}</c>), or null.
    /// </summary>
    public static string? MissingV1ApiAccess(string body)
    {
        var message = TryParse(body) is { } root && root.TryGetProperty("errorMessage", out var error) && error.ValueKind == JsonValueKind.Object
            ? Text(error, "message")
            : null;
        return message is not null && V1ApiAccessLevel().Match(message) is { Success: true } match ? match.Groups["level"].Value.ToUpperInvariant() : null;
    }

    /// <summary>The <c>errors</c> of a <c>{"message":"Validation Failed","errors":[...]}</c> body, or null.</summary>
    public static IReadOnlyList<PowerQueryValidationError>? ValidationErrors(string body)
    {
        if (TryParse(body) is not { } root || !root.TryGetProperty("errors", out var errors))
        {
            return null;
        }

        return Items(errors).Select(e => e.ValueKind == JsonValueKind.Object
            ? new PowerQueryValidationError(Text(e, "resource"), Text(e, "field"), Text(e, "code"), Text(e, "message"))
            : new PowerQueryValidationError(null, null, null, e.ToString())).ToList();
    }

    /// <summary>
    /// The fields a 403 names. Tolerant of the shapes seen: <c>errors</c> entries with
    /// <c>resource</c>/<c>table</c> and <c>field</c> (or <c>table.field</c>), plain <c>table.field</c>
    /// strings, and ready-made <c>&lt;field table=".." field=".." /&gt;</c> lines anywhere in the body.
    /// </summary>
    public static IReadOnlyList<PowerSchoolFieldAccess> MissingFields(string body)
    {
        var found = new List<PowerSchoolFieldAccess>();
        if (TryParse(body) is { } root)
        {
            foreach (var key in new[] { "errors", "missing_fields", "fields", "access_requests" })
            {
                if (root.TryGetProperty(key, out var list))
                {
                    found.AddRange(Items(list).Select(FromJson).OfType<PowerSchoolFieldAccess>());
                }
            }
        }

        foreach (Match match in PluginLine().Matches(body.Replace("\\\"", "\"", StringComparison.Ordinal)))
        {
            found.Add(new PowerSchoolFieldAccess(match.Groups["table"].Value, match.Groups["field"].Value,
                match.Groups["access"].Success ? match.Groups["access"].Value : "ViewOnly"));
        }

        return found.DistinctBy(f => (f.Table.ToUpperInvariant(), f.Field.ToUpperInvariant())).ToList();
    }

    private static PowerSchoolFieldAccess? FromJson(JsonElement entry)
    {
        if (entry.ValueKind == JsonValueKind.String)
        {
            return Split(entry.GetString(), null);
        }

        if (entry.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        var table = Text(entry, "table") ?? Text(entry, "resource");
        var access = Text(entry, "access") ?? "ViewOnly";
        return Split(Text(entry, "field"), table) is { } f ? f with { Access = access } : null;
    }

    private static PowerSchoolFieldAccess? Split(string? field, string? table)
    {
        if (string.IsNullOrWhiteSpace(field))
        {
            return null;
        }

        var dot = field.IndexOf('.', StringComparison.Ordinal);
        if (dot > 0 && table is null)
        {
            return new PowerSchoolFieldAccess(field[..dot], field[(dot + 1)..]);
        }

        return table is null ? null : new PowerSchoolFieldAccess(table, dot > 0 ? field[(dot + 1)..] : field);
    }

    private static List<JsonElement> Items(JsonElement element) =>
        element.ValueKind == JsonValueKind.Array ? [.. element.EnumerateArray()] : [element];

    private static string? Text(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind is JsonValueKind.String or JsonValueKind.Number
            ? value.ToString()
            : null;

    private static JsonElement? TryParse(string body)
    {
        try
        {
            using var document = JsonDocument.Parse(body);
            return document.RootElement.ValueKind == JsonValueKind.Object ? document.RootElement.Clone() : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    [GeneratedRegex("accessLevelV1Api\\s+(?<level>[A-Za-z]+)", RegexOptions.IgnoreCase)]
    private static partial Regex V1ApiAccessLevel();

    [GeneratedRegex("<field\\s+table=\"(?<table>[^\"]+)\"\\s+field=\"(?<field>[^\"]+)\"(\\s+access=\"(?<access>[^\"]+)\")?", RegexOptions.IgnoreCase)]
    private static partial Regex PluginLine();
}
