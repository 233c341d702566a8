using System.Globalization;
using System.Text.Json;

namespace PowerSchool.Simulator.Sis.Students;

/// <summary>PowerSchool leaves out empty values: these write a property only when it has one.</summary>
internal static class JsonWriterExtensions
{
    public static void WriteIfSet(this Utf8JsonWriter writer, string name, string? value)
    {
        if (!string.IsNullOrEmpty(value))
        {
            writer.WriteString(name, value);
        }
    }

    public static void WriteIfSet(this Utf8JsonWriter writer, string name, long? value)
    {
        if (value is { } v)
        {
            writer.WriteNumber(name, v);
        }
    }

    public static void WriteIfSet(this Utf8JsonWriter writer, string name, DateOnly? value)
    {
        if (value is { } v)
        {
            writer.WriteString(name, v.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        }
    }
}
