using System.Globalization;
using System.Text.Json;

namespace PowerSchool.Simulator.Sis.Students;

/// <summary>
/// One record of a <c>POST /ws/v1/student</c>, flattened: every scalar under the record keyed by its path
/// (<c>name/first_name</c>, <c>school_enrollment/entry_date</c>), JSON null as null, numbers as their text.
/// </summary>
internal sealed record StudentRecord(JsonElement? ClientUid, string? Action, string? Id, IReadOnlyDictionary<string, string?> Values, JsonElement? ExtensionData)
{
    public bool Has(string path) => Values.ContainsKey(path);

    /// <summary>The value at <paramref name="path"/> when given and not blank.</summary>
    public string? Value(string path) => Values.TryGetValue(path, out var v) && !string.IsNullOrWhiteSpace(v) ? v : null;

    public bool HasAny(string prefix) => Values.Keys.Any(k => k.StartsWith(prefix, StringComparison.Ordinal));

    public static StudentRecord Parse(JsonElement record)
    {
        var values = new Dictionary<string, string?>(StringComparer.Ordinal);
        JsonElement? clientUid = null, extensions = null;
        string? action = null, id = null;
        if (record.ValueKind == JsonValueKind.Object)
        {
            foreach (var property in record.EnumerateObject())
            {
                switch (property.Name)
                {
                    case "client_uid": clientUid = property.Value.Clone(); break;
                    case "action": action = Scalar(property.Value); break;
                    case "id": id = Scalar(property.Value); break;
                    case "_extension_data": extensions = property.Value.Clone(); break;
                    default: Flatten(property.Name, property.Value, values); break;
                }
            }
        }

        return new StudentRecord(clientUid, action, id, values, extensions);
    }

    private static void Flatten(string path, JsonElement value, Dictionary<string, string?> into)
    {
        if (value.ValueKind == JsonValueKind.Object)
        {
            foreach (var property in value.EnumerateObject())
            {
                Flatten($"{path}/{property.Name}", property.Value, into);
            }
        }
        else if (value.ValueKind != JsonValueKind.Array)
        {
            into[path] = Scalar(value);
        }
    }

    private static string? Scalar(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => value.GetString(),
        JsonValueKind.Number => value.GetRawText(),
        JsonValueKind.True => "true",
        JsonValueKind.False => "false",
        JsonValueKind.Null or JsonValueKind.Undefined => null,
        _ => value.GetRawText(),
    };

    /// <summary>Writes client_uid back the way PowerSchool does: a numeric one as a number.</summary>
    public void WriteClientUid(Utf8JsonWriter w)
    {
        if (ClientUid is not { } uid || uid.ValueKind == JsonValueKind.Null)
        {
            w.WriteNull("client_uid");
            return;
        }

        var text = uid.ValueKind == JsonValueKind.String ? uid.GetString()! : uid.GetRawText();
        if (long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number))
        {
            w.WriteNumber("client_uid", number);
        }
        else
        {
            w.WriteString("client_uid", text);
        }
    }
}
