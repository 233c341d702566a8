using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using PsFunctions.Hosting.Http;
using PsFunctions.Sync.Webhooks;

namespace PsFunctions.App.Webhooks;

/// <summary>
/// HTTP POST <c>/api/webhooks/{source}</c>. Anonymous at the Functions level on purpose: senders authenticate
/// with the HMAC signature the receiver checks (a function key in the URL would be a second, weaker secret).
/// Rate-limited per source in the worker (<see cref="WebhookRateLimiter"/>), since the worker has no ASP.NET Core
/// middleware pipeline.
/// </summary>
public sealed class ReceiveWebhook(WebhookReceiver receiver, WebhookRateLimiter limiter)
{
    [Function(nameof(ReceiveWebhook))]
    public async Task<IActionResult> RunAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "webhooks/{source}")] HttpRequest request,
        string source,
        CancellationToken cancellationToken)
    {
        await WebhookHttp.RespondLimitedAsync(receiver, limiter, source, request.HttpContext, cancellationToken);
        return new EmptyResult();
    }
}
