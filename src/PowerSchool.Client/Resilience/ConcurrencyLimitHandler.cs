namespace PowerSchool.Client.Resilience;

/// <summary>
/// Inside the retry pipeline: holds a slot of the host's semaphore for one attempt, until its body is read,
/// so the limit counts requests really in flight at the server. A call waiting out a retry delay (or a
/// Retry-After) holds no slot, so one faulted request does not idle a share of the allowed concurrency.
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
