namespace PowerSchool.Simulator.Hosting;

/// <summary>What every simulated API shares: faults, request counters and the `/_sim/` admin surface.</summary>
public static class SimulatorCore
{
    public static IServiceCollection AddSimulatorCore(this IServiceCollection services) => services;

    public static WebApplication UseSimulatorCore(this WebApplication app) => app;

    public static WebApplication MapSimulatorAdmin(this WebApplication app) => app;
}
