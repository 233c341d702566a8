using Microsoft.Extensions.Options;
using PowerSchool.Simulator.Hosting;

namespace PowerSchool.Simulator.Sis.Oauth;

/// <summary>
/// PowerSchool 25.2+: a plugin without <c>&lt;oauth accessLevelV1Api="READ|FULL"/&gt;</c> gets 401
/// <c>{"errorMessage":{"message":"Plugin is missing required accessLevelV1Api READ permission"}}</c> on every
/// <c>/ws/v1</c> resource while <c>/ws/v1/metadata</c>, <c>/ws/schema</c> and <c>/ws/dataversion</c> keep working
/// (observed in a district's field report). Read-only access refusing writes with the FULL wording is an assumption.
/// Runs after the bearer check: the token itself is valid.
/// </summary>
public sealed class V1ApiAccessMiddleware(RequestDelegate next, IOptions<SisOptions> options)
{
    public async Task InvokeAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (Missing(context.Request, options.Value.V1ApiAccess) is { } level)
        {
            context.Response.StatusCode = StatusCodes.Status401Unauthorized;
            await SimJson.WriteAsync(context, w =>
            {
                w.WriteStartObject();
                w.WriteStartObject("errorMessage");
                w.WriteString("message", $"Plugin is missing required accessLevelV1Api {level} permission");
                w.WriteEndObject();
                w.WriteEndObject();
            });
            return;
        }

        await next(context);
    }

    /// <summary>The access level the request needs and the plugin lacks, or null.</summary>
    private static string? Missing(HttpRequest request, V1ApiAccess granted)
    {
        var path = request.Path;
        if (!path.StartsWithSegments("/ws/v1", StringComparison.OrdinalIgnoreCase)
            || path.StartsWithSegments("/ws/v1/metadata", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var write = !HttpMethods.IsGet(request.Method) && !HttpMethods.IsHead(request.Method);
        return granted switch
        {
            V1ApiAccess.None => write ? "FULL" : "READ",
            V1ApiAccess.Read when write => "FULL",
            _ => null,
        };
    }
}
