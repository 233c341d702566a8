namespace PowerSchool.Client.Resilience;

/// <summary>
/// Outermost handler: holds a slot of the host's semaphore for the whole call (retries included) and
/// until the body is read, so the limit counts real load on the server.
/// </summary>
internal sealed class ConcurrencyLimitHandler(HostConcurrencyLimiter limiter, Func<int> limit) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var host = request.RequestUri?.Authority ?? string.Empty;
        var semaphore = limiter.For(host, limit());
        await semaphore.WaitAsync(cancellationToken);
        try
        {
            var response = await base.SendAsync(request, cancellationToken);
            await response.Content.LoadIntoBufferAsync(cancellationToken);
            return response;
        }
        finally
        {
            semaphore.Release();
        }
    }
}
