using System.Text.Json;

namespace PowerSchool.Simulator.Sis.Http;

/// <summary>
/// PowerSchool's collection quirk, in one place: one item is written as an object, several as an array,
/// none as no property at all.
/// </summary>
public static class PsCollections
{
    public static void Write<T>(Utf8JsonWriter writer, string itemName, IReadOnlyList<T> items, Action<Utf8JsonWriter, T> writeItem)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(items);
        ArgumentNullException.ThrowIfNull(writeItem);
        if (items.Count == 0)
        {
            return;
        }

        writer.WritePropertyName(itemName);
        if (items.Count == 1)
        {
            writeItem(writer, items[0]);
            return;
        }

        writer.WriteStartArray();
        foreach (var item in items)
        {
            writeItem(writer, item);
        }

        writer.WriteEndArray();
    }

    /// <summary><c>{"resource":{"count":N}}</c>, the answer of every /ws/v1 <c>/count</c>.</summary>
    public static IResult Count(long count) => Hosting.SimJson.Result(w =>
    {
        w.WriteStartObject();
        w.WriteStartObject("resource");
        w.WriteNumber("count", count);
        w.WriteEndObject();
        w.WriteEndObject();
    });
}
