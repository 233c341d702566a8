using System.Text.Encodings.Web;
using System.Text.Json;

namespace PsFunctions.Sync.Webhooks;

/// <summary>Writes and reads <see cref="WebhookCommand"/> queue messages.</summary>
public static class WebhookCommandSerializer
{
    // Names with non-ASCII letters stay as they are instead of \uXXXX escapes (6 bytes each), keeping
    // messages small; the text never reaches HTML.
    private static readonly WebhookJsonContext Context = new(new JsonSerializerOptions
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    });

    public static string Serialize(WebhookCommand command)
    {
        ArgumentNullException.ThrowIfNull(command);
        return JsonSerializer.Serialize(command, Context.WebhookCommand);
    }

    /// <summary>Reads a queue message; throws <see cref="JsonException"/> when it is not a webhook command.</summary>
    public static WebhookCommand Deserialize(string message)
    {
        ArgumentNullException.ThrowIfNull(message);
        return JsonSerializer.Deserialize(message, Context.WebhookCommand)
            ?? throw new JsonException("The message is JSON null, not a webhook command.");
    }

    internal static string Serialize(WebhookAnswer answer) => JsonSerializer.Serialize(answer, Context.WebhookAnswer);
}
