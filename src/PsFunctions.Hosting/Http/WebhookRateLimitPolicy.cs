using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;
using PsFunctions.Sync.Webhooks;

namespace PsFunctions.Hosting.Http;

/// <summary>
/// The rate limits of <c>POST /api/webhooks/{source}</c>: each configured source has its own fixed window
/// (<c>Webhooks:Sources:&lt;source&gt;:PermitLimit</c> per <c>Window</c>), and every other name shares one
/// (<c>Webhooks:UnknownSourcePermitLimit</c> per minute), so no sender, and no flood of made-up names, uses up
/// another source's requests. No queueing: a request over the limit is answered 429 at once. The local runner
/// applies it with ASP.NET Core's rate limiter middleware (policy <see cref="Name"/>); the Function App, whose
/// worker runs no ASP.NET Core middleware, through <see cref="WebhookRateLimiter"/>. Limits are per process.
/// </summary>
public sealed class WebhookRateLimitPolicy(IOptions<WebhookOptions> options, WebhookReceiver receiver) : IRateLimiterPolicy<string>
{
    /// <summary>The policy name the webhook route requires.</summary>
    public const string Name = "webhooks";

    // Route names never hold parentheses, so no configured source can share this partition.
    private const string UnknownSources = "(unknown)";

    public Func<OnRejectedContext, CancellationToken, ValueTask>? OnRejected =>
        (context, cancellationToken) => new ValueTask(WebhookHttp.RefuseRateLimitedAsync(receiver, SourceOf(context.HttpContext), context.Lease, context.HttpContext, cancellationToken));

    public RateLimitPartition<string> GetPartition(HttpContext httpContext)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        return Partition(SourceOf(httpContext));
    }

    /// <summary>The partition of a request for <paramref name="source"/>: its own when configured, else the one all unknown names share.</summary>
    public RateLimitPartition<string> Partition(string? source)
    {
        var webhooks = options.Value;
        return source is not null && webhooks.FindSource(source) is { } configured
            ? RateLimitPartition.GetFixedWindowLimiter(source, _ => Window(configured.PermitLimit, configured.Window))
            : RateLimitPartition.GetFixedWindowLimiter(UnknownSources, _ => Window(webhooks.UnknownSourcePermitLimit, TimeSpan.FromMinutes(1)));
    }

    private static FixedWindowRateLimiterOptions Window(int permits, TimeSpan window) =>
        new() { PermitLimit = permits, Window = window, QueueLimit = 0 };

    private static string? SourceOf(HttpContext context) => context.Request.RouteValues["source"] as string;
}
