using PsFunctions.Sync.Webhooks;

namespace PsFunctions.Bench.Webhooks;

/// <summary>A signed webhook delivery that can be sent (and sent again) as a <see cref="WebhookRequest"/>.</summary>
internal sealed record SignedRequest(byte[] Body, string Timestamp, string DeliveryId, string Signature)
{
    public WebhookRequest ToRequest() => new(
        new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
        {
            [WebhookHeaders.Signature] = Signature,
            [WebhookHeaders.Timestamp] = Timestamp,
            [WebhookHeaders.Delivery] = DeliveryId,
        },
        new MemoryStream(Body, writable: false),
        "application/json");
}
