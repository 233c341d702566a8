using System.Diagnostics;
using System.Runtime.CompilerServices;
using Microsoft.Extensions.Logging;

namespace PowerSchool.Client.Resilience;

/// <summary>Innermost handler: one log line per attempt with method, path template, status, duration, attempt.</summary>
internal sealed class RequestLoggingHandler(ILogger<RequestLoggingHandler> logger, string api) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var attempt = NextAttempt(request);
        var template = RequestMetadata.TemplateOf(request);
        var started = Stopwatch.GetTimestamp();
        try
        {
            var response = await base.SendAsync(request, cancellationToken);
            var elapsed = Elapsed(started);
            Log.RequestCompleted(logger, api, request.Method.Method, template, (int)response.StatusCode, elapsed, attempt);
            return response;
        }
        catch (Exception ex)
        {
            var elapsed = Elapsed(started);
            var errorType = ex.GetType().Name;
            Log.RequestFailed(logger, api, request.Method.Method, template, errorType, elapsed, attempt);
            throw;
        }
    }

    private static int NextAttempt(HttpRequestMessage request)
    {
        if (!request.Options.TryGetValue(RequestMetadata.Attempts, out var attempts))
        {
            attempts = new StrongBox<int>(0);
            request.Options.Set(RequestMetadata.Attempts, attempts);
        }

        return Interlocked.Increment(ref attempts.Value);
    }

    private static long Elapsed(long started) => (long)Stopwatch.GetElapsedTime(started).TotalMilliseconds;
}
