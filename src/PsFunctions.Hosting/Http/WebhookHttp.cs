using Microsoft.AspNetCore.Http;
using PsFunctions.Sync.Webhooks;

namespace PsFunctions.Hosting.Http;

/// <summary>
/// <c>POST /api/webhooks/{source}</c> as every host serves it: the ASP.NET Core request becomes the engine's
/// host-agnostic <see cref="WebhookRequest"/>, and the receiver's answer is written back as JSON.
/// </summary>
public static class WebhookHttp
{
    public static async Task RespondAsync(WebhookReceiver receiver, string source, HttpContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(receiver);
        ArgumentNullException.ThrowIfNull(context);
        var answer = await receiver.ReceiveAsync(source, ToWebhookRequest(context.Request), cancellationToken);
        context.Response.StatusCode = answer.StatusCode;
        context.Response.ContentType = WebhookResponse.ContentType;
        await context.Response.WriteAsync(answer.Body, cancellationToken);
    }

    public static WebhookRequest ToWebhookRequest(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var headers = request.Headers.ToDictionary(header => header.Key, header => header.Value.ToString(), StringComparer.OrdinalIgnoreCase);
        return new WebhookRequest(headers, request.Body, request.ContentType);
    }
}
