using Microsoft.AspNetCore.Http;
using PsFunctions.Hosting.Setup;

namespace PsFunctions.Hosting.Http;

/// <summary><c>GET /api/status</c> as every host serves it: the setup report and, once configured, the sync status, as JSON.</summary>
public static class StatusHttp
{
    public const string ContentType = "application/json; charset=utf-8";

    public static async Task RespondAsync(StatusReport report, HttpContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(context);
        var json = await report.ReadJsonAsync(cancellationToken);
        context.Response.StatusCode = StatusCodes.Status200OK;
        context.Response.ContentType = ContentType;
        await context.Response.WriteAsync(json, cancellationToken);
    }
}
