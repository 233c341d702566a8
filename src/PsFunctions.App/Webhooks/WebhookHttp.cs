using Microsoft.AspNetCore.Http;
using PsFunctions.Sync.Webhooks;

namespace PsFunctions.App.Webhooks;

/// <summary>Turns an ASP.NET Core request into the engine's host-agnostic <see cref="WebhookRequest"/>.</summary>
public static class WebhookHttp
{
    public static WebhookRequest ToWebhookRequest(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var headers = request.Headers.ToDictionary(header => header.Key, header => header.Value.ToString(), StringComparer.OrdinalIgnoreCase);
        return new WebhookRequest(headers, request.Body, request.ContentType);
    }
}
