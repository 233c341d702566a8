using System.Buffers;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace PsFunctions.Sync.Hashing;

/// <summary>
/// Writes JSON in one stable form so equal data always hashes the same: object keys sorted by ordinal,
/// no whitespace, null members dropped (a field that is absent and one that is null mean the same to PowerSchool).
/// </summary>
internal static class CanonicalJson
{
    public static byte[] ToUtf8Bytes(JsonNode? node)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            Write(writer, node);
        }

        return buffer.WrittenSpan.ToArray();
    }

    private static void Write(Utf8JsonWriter writer, JsonNode? node)
    {
        switch (node)
        {
            case null:
                writer.WriteNullValue();
                break;
            case JsonObject obj:
                writer.WriteStartObject();
                foreach (var (name, value) in obj.Where(static member => member.Value is not null).OrderBy(static member => member.Key, StringComparer.Ordinal))
                {
                    writer.WritePropertyName(name);
                    Write(writer, value);
                }

                writer.WriteEndObject();
                break;
            case JsonArray array:
                writer.WriteStartArray();
                foreach (var item in array)
                {
                    Write(writer, item);
                }

                writer.WriteEndArray();
                break;
            default:
                node.WriteTo(writer);
                break;
        }
    }
}
