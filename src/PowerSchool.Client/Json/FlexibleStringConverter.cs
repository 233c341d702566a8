using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace PowerSchool.Client.Json;

/// <summary>
/// Reads a string that PowerSchool sometimes sends as a number or boolean (<c>client_uid</c>,
/// <c>postal_code</c>, <c>state_province_id</c>, PowerQuery columns). Writes a plain string.
/// </summary>
public sealed class FlexibleStringConverter : JsonConverter<string>
{
    public override bool HandleNull => false;

    public override string? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.TokenType switch
        {
            JsonTokenType.String => reader.GetString(),
            JsonTokenType.Number => reader.TryGetInt64(out var whole)
                ? whole.ToString(CultureInfo.InvariantCulture)
                : reader.GetDecimal().ToString(CultureInfo.InvariantCulture),
            JsonTokenType.True => "true",
            JsonTokenType.False => "false",
            JsonTokenType.Null => null,
            _ => throw new JsonException($"Expected a string or number, found {reader.TokenType}."),
        };

    public override void Write(Utf8JsonWriter writer, string value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStringValue(value);
    }
}
