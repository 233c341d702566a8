using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Http;
using PsFunctions.Sync.Webhooks;

namespace PsFunctions.Hosting.Http;

/// <summary>
/// <c>POST /api/webhooks/{source}</c> as every host serves it: the ASP.NET Core request becomes the engine's
/// host-agnostic <see cref="WebhookRequest"/>, and the receiver's answer is written back as JSON. A request over
/// its source's rate limit (<see cref="WebhookRateLimitPolicy"/>) is answered 429 with <c>Retry-After</c>.
/// </summary>
public static class WebhookHttp
{
    public static async Task RespondAsync(WebhookReceiver receiver, string source, HttpContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(receiver);
        ArgumentNullException.ThrowIfNull(context);
        var answer = await receiver.ReceiveAsync(source, ToWebhookRequest(context.Request), cancellationToken);
        await WriteAsync(answer, context, cancellationToken);
    }

    /// <summary>The same, behind <paramref name="limiter"/>: for a host whose route has no rate limiter middleware.</summary>
    public static async Task RespondLimitedAsync(
        WebhookReceiver receiver, WebhookRateLimiter limiter, string source, HttpContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(limiter);
        using var lease = limiter.Acquire(source);
        if (!lease.IsAcquired)
        {
            await RefuseRateLimitedAsync(receiver, source, lease, context, cancellationToken);
            return;
        }

        await RespondAsync(receiver, source, context, cancellationToken);
    }

    public static WebhookRequest ToWebhookRequest(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var headers = request.Headers.ToDictionary(header => header.Key, header => header.Value.ToString(), StringComparer.OrdinalIgnoreCase);
        return new WebhookRequest(headers, request.Body, request.ContentType);
    }

    internal static Task RefuseRateLimitedAsync(
        WebhookReceiver receiver, string? source, RateLimitLease lease, HttpContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(receiver);
        TimeSpan? retryAfter = lease.TryGetMetadata(MetadataName.RetryAfter, out var after) ? after : null;
        if (retryAfter is { } wait)
        {
            context.Response.Headers.RetryAfter = Math.Max(1, Math.Ceiling(wait.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
        }

        return WriteAsync(receiver.RateLimited(source, retryAfter), context, cancellationToken);
    }

    private static async Task WriteAsync(WebhookResponse answer, HttpContext context, CancellationToken cancellationToken)
    {
        context.Response.StatusCode = answer.StatusCode;
        context.Response.ContentType = WebhookResponse.ContentType;
        await context.Response.WriteAsync(answer.Body, cancellationToken);
    }
}
