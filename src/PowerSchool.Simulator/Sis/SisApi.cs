namespace PowerSchool.Simulator.Sis;

/// <summary>Registers and maps the simulated PowerSchool SIS API (`/oauth`, `/ws`).</summary>
public static class SisApi
{
    public static IServiceCollection AddSisApi(this IServiceCollection services) => services;

    public static WebApplication MapSisApi(this WebApplication app) => app;
}
