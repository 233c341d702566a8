using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace PowerSchool.Client.Json;

/// <summary>
/// Reads PowerSchool dates (<c>YYYY-MM-DD</c>) tolerating <c>""</c> (no date) and a trailing time
/// (<c>2000-04-15T00:00:00</c>). Writes <c>YYYY-MM-DD</c>.
/// </summary>
public sealed class FlexibleDateConverter : JsonConverter<DateOnly?>
{
    public override bool HandleNull => true;

    public override DateOnly? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.Null)
        {
            return null;
        }

        var text = reader.GetString();
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var datePart = text.Length > 10 ? text[..10] : text;
        return DateOnly.TryParseExact(datePart, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : throw new JsonException("Expected a date in the form YYYY-MM-DD.");
    }

    public override void Write(Utf8JsonWriter writer, DateOnly? value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        if (value is { } date)
        {
            writer.WriteStringValue(date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        }
        else
        {
            writer.WriteNullValue();
        }
    }
}
