using System.Threading.RateLimiting;

namespace PsFunctions.Hosting.Http;

/// <summary>
/// <see cref="WebhookRateLimitPolicy"/>'s limits for a host that cannot run ASP.NET Core middleware on its routes
/// (the Function App: the isolated worker's ASP.NET Core integration has no middleware pipeline). One per process,
/// like the middleware's.
/// </summary>
public sealed class WebhookRateLimiter(WebhookRateLimitPolicy policy) : IAsyncDisposable
{
    private readonly PartitionedRateLimiter<string> _limiter = PartitionedRateLimiter.Create<string, string>(policy.Partition, StringComparer.Ordinal);

    /// <summary>A lease for one request for <paramref name="source"/>; not acquired when the source is over its limit.</summary>
    public RateLimitLease Acquire(string source)
    {
        ArgumentNullException.ThrowIfNull(source);
        return _limiter.AttemptAcquire(source);
    }

    public ValueTask DisposeAsync() => _limiter.DisposeAsync();
}
