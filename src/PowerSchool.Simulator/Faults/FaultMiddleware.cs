using System.Globalization;
using PowerSchool.Simulator.Hosting;

namespace PowerSchool.Simulator.Faults;

/// <summary>
/// Counts every PowerSchool-path request by endpoint, then applies the faults in force: latency, dropped
/// connections, PowerSchool's per-plugin throttle, 429/503/500, token revocation and slow bodies.
/// `/_sim/` paths pass untouched.
/// </summary>
public sealed class FaultMiddleware(RequestDelegate next, FaultState faults, RequestCounters counters, TimeProvider time, ILogger<FaultMiddleware> logger)
{
    /// <summary>Set in <see cref="HttpContext.Items"/> when the drawn faults revoke the caller's bearer token.</summary>
    public const string RevokeTokenItem = "PowerSchool.Simulator.RevokeToken";

    public async Task InvokeAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var path = context.Request.Path;
        if (ApiPaths.IsAdmin(path))
        {
            await next(context);
            return;
        }

        var key = EndpointKey.Of(context);
        var settings = faults.Settings;
        if (!ApiPaths.InScope(path, settings.Scope) || (settings.Endpoints.Count > 0 && !settings.Endpoints.Contains(key, StringComparer.OrdinalIgnoreCase)))
        {
            counters.Increment(key);
            await next(context);
            return;
        }

        var draw = faults.Draw(throttled: path.StartsWithSegments("/ws", StringComparison.OrdinalIgnoreCase));
        // Counted once the throttle has timed it: a test that sees the count knows the request's arrival is fixed.
        counters.Increment(key);
        if (draw.Latency > TimeSpan.Zero)
        {
            await Task.Delay(draw.Latency, time, context.RequestAborted);
        }

        if (await RefuseAsync(context, key, draw, settings))
        {
            return;
        }

        if (draw.RevokeToken)
        {
            context.Items[RevokeTokenItem] = true;
        }

        if (draw.SlowBody)
        {
            await SlowBody.RunAsync(context, next, TimeSpan.FromMilliseconds(settings.SlowBodyChunkDelayMs), time);
            return;
        }

        await next(context);
    }

    private async Task<bool> RefuseAsync(HttpContext context, string key, FaultDraw draw, FaultSettings settings)
    {
        if (draw.DropConnection)
        {
            FaultLog.Injected(logger, "dropped connection", key);
            context.Abort();
            return true;
        }

        if (draw.ThrottledFor > TimeSpan.Zero)
        {
            // PowerSchool documents only that the answer says there are too many requests and how many seconds to
            // wait; status and headers are the settings' choice.
            counters.IncrementThrottled(key);
            var seconds = Math.Max(1, (int)Math.Ceiling(draw.ThrottledFor.TotalSeconds));
            await WriteAsync(context, key, settings.ThrottleStatusCode, settings.ThrottleRetryAfterHeader ? seconds : null,
                settings.ThrottleSecondsInBody
                    ? $"Too many requests: this plugin may make one API request every {settings.MinRequestIntervalMs} ms. Please wait {seconds} seconds before sending another request."
                    : "Too many requests.");
            return true;
        }

        if (draw.TooManyRequests)
        {
            await WriteAsync(context, key, StatusCodes.Status429TooManyRequests, settings.RetryAfterSeconds, "Too many requests.");
            return true;
        }

        if (draw.ServiceUnavailable)
        {
            await WriteAsync(context, key, StatusCodes.Status503ServiceUnavailable, settings.RetryAfterSeconds, "Service unavailable.");
            return true;
        }

        if (draw.ServerError)
        {
            await WriteAsync(context, key, StatusCodes.Status500InternalServerError, null, "Internal server error.");
            return true;
        }

        return false;
    }

    private async Task WriteAsync(HttpContext context, string key, int status, int? retryAfterSeconds, string message)
    {
        FaultLog.InjectedStatus(logger, status, key);
        context.Response.StatusCode = status;
        if (retryAfterSeconds is { } seconds)
        {
            context.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        }

        await SimJson.WriteAsync(context, w =>
        {
            w.WriteStartObject();
            w.WriteString("message", message);
            w.WriteNumber("status", status);
            w.WriteEndObject();
        });
    }
}
