namespace PowerSchool.Simulator.Enrollment;

/// <summary>Registers and maps the simulated PowerSchool Enrollment API (`/api/v1`, `/api/healthz`).</summary>
public static class EnrollmentApi
{
    public static IServiceCollection AddEnrollmentApi(this IServiceCollection services) => services;

    public static WebApplication MapEnrollmentApi(this WebApplication app) => app;
}
