using Microsoft.AspNetCore.Http;
using PsFunctions.Sync.Status;

namespace PsFunctions.Hosting.Http;

/// <summary><c>GET /api/status</c> as every host serves it: the status of the configured delivery targets, as JSON.</summary>
public static class StatusHttp
{
    public const string ContentType = "application/json; charset=utf-8";

    public static async Task RespondAsync(SyncStatusReader reader, HttpContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(context);
        var json = await reader.ReadJsonAsync(cancellationToken);
        context.Response.StatusCode = StatusCodes.Status200OK;
        context.Response.ContentType = ContentType;
        await context.Response.WriteAsync(json, cancellationToken);
    }
}
