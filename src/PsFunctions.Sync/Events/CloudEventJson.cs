using System.Text.Json;

namespace PsFunctions.Sync.Events;

/// <summary>
/// Writes and reads an <see cref="IntegrationEvent"/> as a CloudEvents 1.0 JSON document (structured mode):
/// <c>specversion</c>, <c>id</c>, <c>source</c>, <c>type</c>, <c>subject</c>, <c>time</c> (RFC 3339, UTC),
/// <c>datacontenttype</c> <c>application/json</c>, <c>data</c>, and the partitioning extension
/// <c>partitionkey</c> carrying <see cref="IntegrationEvent.SessionKey"/>. The same bytes go to Service Bus
/// and to the local sink.
/// </summary>
public static class CloudEventJson
{
    /// <summary>The media type of a structured-mode CloudEvent in JSON.</summary>
    public const string MediaType = "application/cloudevents+json";

    /// <summary>The content type to label the serialized bytes with.</summary>
    public const string ContentType = MediaType + "; charset=utf-8";

    public const string SpecVersion = "1.0";

    private const string DataContentType = "application/json";

    public static byte[] SerializeToUtf8Bytes(IntegrationEvent integrationEvent)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            Write(writer, integrationEvent);
        }

        return buffer.ToArray();
    }

    /// <summary>Writes the event as one JSON object; throws <see cref="ArgumentException"/> naming a missing attribute.</summary>
    public static void Write(Utf8JsonWriter writer, IntegrationEvent integrationEvent)
    {
        ArgumentNullException.ThrowIfNull(writer);
        Validate(integrationEvent);
        writer.WriteStartObject();
        writer.WriteString("specversion", SpecVersion);
        writer.WriteString("id", integrationEvent.Id);
        writer.WriteString("source", integrationEvent.Source);
        writer.WriteString("type", integrationEvent.Type);
        writer.WriteString("subject", integrationEvent.Subject);
        writer.WriteString("time", integrationEvent.Time.UtcDateTime);
        writer.WriteString("partitionkey", integrationEvent.SessionKey);
        if (integrationEvent.Data.ValueKind != JsonValueKind.Undefined)
        {
            writer.WriteString("datacontenttype", DataContentType);
            writer.WritePropertyName("data");
            integrationEvent.Data.WriteTo(writer);
        }

        writer.WriteEndObject();
    }

    /// <summary>Reads a CloudEvent written by <see cref="Write"/> back into an event.</summary>
    public static IntegrationEvent Parse(ReadOnlySpan<byte> utf8Json)
    {
        var reader = new Utf8JsonReader(utf8Json);
        using var document = JsonDocument.ParseValue(ref reader);
        var root = document.RootElement;
        if (root.ValueKind != JsonValueKind.Object || Text(root, "specversion") != SpecVersion)
        {
            throw new JsonException("Not a CloudEvents 1.0 JSON object (specversion must be \"1.0\").");
        }

        var data = root.TryGetProperty("data", out var value) ? value.Clone() : default;
        return new IntegrationEvent(
            Required(root, "id"),
            Required(root, "type"),
            Required(root, "source"),
            Text(root, "subject") ?? string.Empty,
            Text(root, "partitionkey") ?? string.Empty,
            root.TryGetProperty("time", out var time) ? time.GetDateTimeOffset() : default,
            data);
    }

    private static void Validate(IntegrationEvent integrationEvent)
    {
        ArgumentNullException.ThrowIfNull(integrationEvent);
        ArgumentException.ThrowIfNullOrWhiteSpace(integrationEvent.Id, "IntegrationEvent.Id");
        ArgumentException.ThrowIfNullOrWhiteSpace(integrationEvent.Type, "IntegrationEvent.Type");
        ArgumentException.ThrowIfNullOrWhiteSpace(integrationEvent.Source, "IntegrationEvent.Source");
        ArgumentException.ThrowIfNullOrWhiteSpace(integrationEvent.Subject, "IntegrationEvent.Subject");
        ArgumentException.ThrowIfNullOrWhiteSpace(integrationEvent.SessionKey, "IntegrationEvent.SessionKey");
    }

    private static string? Text(JsonElement root, string name) =>
        root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static string Required(JsonElement root, string name) =>
        Text(root, name) ?? throw new JsonException($"The CloudEvent has no \"{name}\" attribute.");
}
