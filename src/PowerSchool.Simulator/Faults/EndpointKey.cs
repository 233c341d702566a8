namespace PowerSchool.Simulator.Faults;

/// <summary>The counter key of a request: method and route template, e.g. <c>GET /ws/v1/student/{dcid}</c>.</summary>
public static class EndpointKey
{
    public static string Of(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var template = (context.GetEndpoint() as RouteEndpoint)?.RoutePattern.RawText;
        if (template is null)
        {
            return $"{context.Request.Method} (no route)";
        }

        return $"{context.Request.Method} {(template.StartsWith('/') ? template : "/" + template)}";
    }
}
