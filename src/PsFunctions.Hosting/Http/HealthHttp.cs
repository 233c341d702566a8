using System.Text.Json;
using Microsoft.AspNetCore.Http;
using PsFunctions.Hosting.Setup;

namespace PsFunctions.Hosting.Http;

/// <summary>
/// <c>GET /api/health</c> as every host serves it, anonymous: 200 with <c>healthy</c> or <c>degraded</c>, 503 with
/// <c>not configured</c> and the names of what is missing. No data.
/// </summary>
public static class HealthHttp
{
    public static async Task RespondAsync(HealthReader reader, HttpContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(context);
        var health = await reader.ReadAsync(cancellationToken);
        context.Response.StatusCode = health.Status == HealthStates.NotConfigured ? StatusCodes.Status503ServiceUnavailable : StatusCodes.Status200OK;
        context.Response.ContentType = StatusHttp.ContentType;
        await context.Response.WriteAsync(JsonSerializer.Serialize(health, SetupJsonContext.Default.HealthReport), cancellationToken);
    }
}
