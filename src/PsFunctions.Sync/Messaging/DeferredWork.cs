using System.Text.Encodings.Web;
using System.Text.Json;

namespace PsFunctions.Sync.Messaging;

/// <summary>
/// A queue text as <see cref="WorkDeferral"/> writes it: the message's own text with how often it was deferred and
/// since when, <c>{"deferral":{"attempts":2,"since":"2026-09-01T08:00:00+00:00"},"message":{…}}</c> (a message that is
/// not a JSON object travels as <c>"text":"…"</c>). Any other text is a message that was never deferred: attempts 0.
/// </summary>
internal readonly record struct DeferredWork(string MessageText, int Attempts, DateTimeOffset? Since)
{
    private const string Prefix = "{\"deferral\":";

    // Names with non-ASCII letters stay as they are instead of 6-byte escapes; the text never reaches HTML.
    private static readonly JsonWriterOptions Writer = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static DeferredWork Read(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (!text.StartsWith(Prefix, StringComparison.Ordinal))
        {
            return new DeferredWork(text, 0, null);
        }

        try
        {
            using var document = JsonDocument.Parse(text);
            var root = document.RootElement;
            var deferral = root.GetProperty("deferral");
            var inner = root.TryGetProperty("message", out var message) ? message.GetRawText() : root.GetProperty("text").GetString()!;
            return new DeferredWork(inner, deferral.GetProperty("attempts").GetInt32(), deferral.GetProperty("since").GetDateTimeOffset());
        }
        catch (Exception ex) when (ex is JsonException or KeyNotFoundException or InvalidOperationException or FormatException)
        {
            // Not an envelope of ours after all: the route reads the text as it is (and refuses it when malformed).
            return new DeferredWork(text, 0, null);
        }
    }

    /// <summary>The envelope of this message after <paramref name="attempts"/> deferrals, the first at <paramref name="since"/>.</summary>
    public string Write(int attempts, DateTimeOffset since)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, Writer))
        {
            json.WriteStartObject();
            json.WriteStartObject("deferral");
            json.WriteNumber("attempts", attempts);
            json.WriteString("since", since);
            json.WriteEndObject();
            if (IsJsonObject(MessageText))
            {
                json.WritePropertyName("message");
                json.WriteRawValue(MessageText);
            }
            else
            {
                json.WriteString("text", MessageText);
            }

            json.WriteEndObject();
        }

        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static bool IsJsonObject(string text)
    {
        if (!text.TrimStart().StartsWith('{'))
        {
            return false;
        }

        try
        {
            using var document = JsonDocument.Parse(text);
            return document.RootElement.ValueKind == JsonValueKind.Object;
        }
        catch (JsonException)
        {
            return false;
        }
    }
}
