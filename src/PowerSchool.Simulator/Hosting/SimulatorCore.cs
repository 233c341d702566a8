using Microsoft.Extensions.DependencyInjection.Extensions;
using PowerSchool.Simulator.Admin;
using PowerSchool.Simulator.Faults;

namespace PowerSchool.Simulator.Hosting;

/// <summary>What every simulated API shares: faults, request counters and the `/_sim/` admin surface.</summary>
public static class SimulatorCore
{
    public static IServiceCollection AddSimulatorCore(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.TryAddSingleton(TimeProvider.System);
        services.AddOptions<FaultSettings>().BindConfiguration(FaultSettings.Section).ValidateDataAnnotations().ValidateOnStart();
        services.TryAddSingleton<FaultState>();
        services.TryAddSingleton<RequestCounters>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IResettable, FaultState>(sp => sp.GetRequiredService<FaultState>()));
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IResettable, RequestCounters>(sp => sp.GetRequiredService<RequestCounters>()));
        return services;
    }

    /// <summary>Routing first (so counters know the route template), then counters and faults for every PowerSchool path.</summary>
    public static WebApplication UseSimulatorCore(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.UseRouting();
        app.UseMiddleware<FaultMiddleware>();
        return app;
    }

    /// <summary>Maps `/_sim/`: faults, counters, reset and the SIS views. The Enrollment API adds `/_sim/enrollment/...` itself.</summary>
    public static WebApplication MapSimulatorAdmin(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var admin = app.MapGroup("/_sim");
        FaultAdminEndpoints.Map(admin);
        SisAdminEndpoints.Map(admin);
        return app;
    }
}
