using System.Text.Json;

namespace PsFunctions.Sync.Mapping;

/// <summary>Reads one value of a delivery record as text: strings as they are, numbers as written, booleans as true/false.</summary>
internal static class RecordValue
{
    public static string Text(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.String => element.GetString()!,
        JsonValueKind.True => "true",
        JsonValueKind.False => "false",
        _ => element.GetRawText(),
    };
}
