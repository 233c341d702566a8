namespace PsFunctions.Sync.Webhooks;

/// <summary>The request headers of a webhook delivery (see docs/webhooks.md).</summary>
public static class WebhookHeaders
{
    /// <summary><c>sha256=&lt;hex&gt;</c>: HMAC-SHA256 of <c>&lt;timestamp&gt;.&lt;body&gt;</c> with the source's secret.</summary>
    public const string Signature = "X-PsFunctions-Signature";

    /// <summary>When the sender signed the request, in Unix seconds.</summary>
    public const string Timestamp = "X-PsFunctions-Timestamp";

    /// <summary>The sender's unique id of this delivery; a second delivery with the same id is refused.</summary>
    public const string Delivery = "X-PsFunctions-Delivery";

    public const string ContentLength = "Content-Length";
}
