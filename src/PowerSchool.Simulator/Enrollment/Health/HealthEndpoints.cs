namespace PowerSchool.Simulator.Enrollment.Health;

/// <summary>Maps /api/healthz (no key) and /api/v1/connection/test (key checked by the group's filter).</summary>
internal static class HealthEndpoints
{
    public static void MapHealthz(IEndpointRouteBuilder app) =>
        app.MapGet("/api/healthz", (TimeProvider time) => HealthStatus.Healthy(time.GetUtcNow()));

    public static void MapConnectionTest(RouteGroupBuilder api) =>
        api.MapGet("/connection/test", (TimeProvider time) => HealthStatus.Healthy(time.GetUtcNow()));
}
