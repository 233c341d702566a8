using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace PowerSchool.Client.Json;

/// <summary>
/// PowerSchool's collection quirk, handled once: a collection arrives as an array when several items
/// match, as a single object when exactly one matches, and missing, <c>null</c> or <c>""</c> when none do
/// (e.g. <c>students.student</c>, <c>results.result</c>, <c>error_message.error</c>, <c>_table_extension</c>).
/// Always reads as a list; always writes an array.
/// </summary>
public sealed class OneOrManyConverter<T> : JsonConverter<IReadOnlyList<T>>
{
    public override bool HandleNull => true;

    public override IReadOnlyList<T> Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var itemInfo = (JsonTypeInfo<T>)options.GetTypeInfo(typeof(T));
        switch (reader.TokenType)
        {
            case JsonTokenType.Null:
                return [];
            case JsonTokenType.String when typeof(T) != typeof(string) && reader.ValueTextEquals(string.Empty):
                return [];
            case JsonTokenType.StartArray:
                var items = new List<T>();
                while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                {
                    var item = JsonSerializer.Deserialize(ref reader, itemInfo);
                    if (item is not null)
                    {
                        items.Add(item);
                    }
                }

                return items;
            default:
                var single = JsonSerializer.Deserialize(ref reader, itemInfo);
                return single is null ? [] : [single];
        }
    }

    public override void Write(Utf8JsonWriter writer, IReadOnlyList<T> value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        var itemInfo = (JsonTypeInfo<T>)options.GetTypeInfo(typeof(T));
        writer.WriteStartArray();
        foreach (var item in value ?? [])
        {
            JsonSerializer.Serialize(writer, item, itemInfo);
        }

        writer.WriteEndArray();
    }
}
