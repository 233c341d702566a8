using System.Text.Json.Serialization;

namespace PsFunctions.Sync.Webhooks;

/// <summary>Source-generated JSON for the queue messages and answers of the webhook receiver.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(WebhookCommand))]
[JsonSerializable(typeof(WebhookAnswer))]
internal sealed partial class WebhookJsonContext : JsonSerializerContext;
