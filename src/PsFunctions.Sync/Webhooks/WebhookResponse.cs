namespace PsFunctions.Sync.Webhooks;

/// <summary>The answer to a webhook request: an HTTP status code and a JSON body (content type application/json).</summary>
public sealed record WebhookResponse(int StatusCode, string Body)
{
    public const string ContentType = "application/json; charset=utf-8";
}
