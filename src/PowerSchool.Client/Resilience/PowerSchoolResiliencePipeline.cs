using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Logging;
using Polly;
using Polly.Timeout;

namespace PowerSchool.Client.Resilience;

/// <summary>
/// The pipeline of every PowerSchool call: total timeout, jittered exponential retry (honouring
/// Retry-After, or the seconds a throttle message names), circuit breaker, per-attempt timeout. What may be retried depends on the call:
/// idempotent calls retry 408/429/5xx, timeouts and network errors; calls that are not idempotent
/// retry only answers that prove the server did not process them (408, 429, 503) and connections that
/// never opened, so an ambiguous failure surfaces as outcome unknown instead of a second POST.
/// </summary>
internal static class PowerSchoolResiliencePipeline
{
    /// <summary>
    /// The key of the <see cref="TimeProvider"/> timeouts and retry delays run on (<see cref="TimeProvider.System"/>
    /// unless registered first). It is not the container's TimeProvider, which token lifetimes use: a test that
    /// fakes the token clock still retries in real time, and a test of retries moves a clock of its own.
    /// </summary>
    public const string ClockKey = "PowerSchool.Client.Resilience";

    public static void Configure(
        ResiliencePipelineBuilder<HttpResponseMessage> builder, PowerSchoolResilienceOptions options, IServiceProvider services, string api)
    {
        var logger = services.GetRequiredService<ILoggerFactory>().CreateLogger("PowerSchool.Client.Resilience");
        builder.TimeProvider = services.GetRequiredKeyedService<TimeProvider>(ClockKey);
        builder.AddTimeout(options.TotalTimeout);
        builder.AddRetry(RetryOptions(options, builder.TimeProvider, logger));
        builder.AddCircuitBreaker(new HttpCircuitBreakerStrategyOptions
        {
            FailureRatio = options.BreakerFailureRatio,
            MinimumThroughput = options.BreakerMinimumThroughput,
            SamplingDuration = options.BreakerSamplingDuration,
            BreakDuration = options.BreakDuration,
            OnOpened = args =>
            {
                Log.CircuitOpened(logger, api, (long)args.BreakDuration.TotalMilliseconds);
                return ValueTask.CompletedTask;
            },
        });
        builder.AddTimeout(options.AttemptTimeout);
    }

    private static HttpRetryStrategyOptions RetryOptions(PowerSchoolResilienceOptions options, TimeProvider time, ILogger logger) => new()
    {
        MaxRetryAttempts = Math.Max(options.MaxRetryAttempts, 1),
        BackoffType = DelayBackoffType.Exponential,
        UseJitter = true,
        Delay = options.BaseDelay,
        // The wait PowerSchool names (Retry-After, else the seconds in a throttle message) replaces the backoff.
        DelayGenerator = args => args.Outcome.Result is { } response
            ? ThrottleDelay.FromAsync(response, time, args.Context.CancellationToken)
            : ValueTask.FromResult<TimeSpan?>(null),
        ShouldHandle = async args =>
            options.MaxRetryAttempts > 0
            && ShouldRetry(args.Outcome, args.Context.GetRequestMessage(), options.MaxRetryAfter)
            && !(args.Outcome.Result is { } response && await ThrottleDelay.FromAsync(response, time, args.Context.CancellationToken) > options.MaxRetryAfter),
        OnRetry = args =>
        {
            var request = args.Context.GetRequestMessage();
            var reason = args.Outcome.Exception?.GetType().Name ?? $"HTTP {(int)args.Outcome.Result!.StatusCode}";
            Log.Retrying(logger, request?.Method.Method ?? "?", request is null ? "?" : RequestMetadata.TemplateOf(request),
                args.AttemptNumber + 1, (long)args.RetryDelay.TotalMilliseconds, reason);
            return ValueTask.CompletedTask;
        },
    };

    /// <summary>Whether an outcome may be retried for this request (see the class remarks).</summary>
    internal static bool ShouldRetry(Outcome<HttpResponseMessage> outcome, HttpRequestMessage? request, TimeSpan maxRetryAfter)
    {
        var idempotent = RequestMetadata.IsIdempotent(request);
        if (outcome.Exception is { } exception)
        {
            return idempotent
                ? exception is HttpRequestException or TimeoutRejectedException
                : NeverSent(exception);
        }

        var response = outcome.Result!;
        if (response.Headers.RetryAfter?.Delta is { } delta && delta > maxRetryAfter)
        {
            return false;
        }

        return response.StatusCode switch
        {
            HttpStatusCode.RequestTimeout or HttpStatusCode.TooManyRequests or HttpStatusCode.ServiceUnavailable => true,
            >= HttpStatusCode.InternalServerError => idempotent,
            _ => false,
        };
    }

    /// <summary>A connection that could not be opened means the request never left: safe to send again.</summary>
    internal static bool NeverSent(Exception exception) =>
        exception is HttpRequestException { HttpRequestError: HttpRequestError.ConnectionError or HttpRequestError.NameResolutionError };
}
