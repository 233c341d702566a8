using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using PowerSchool.Client.DependencyInjection;
using PsFunctions.Sync.Hashing;

namespace PsFunctions.Hosting.Setup;

/// <summary>Registers the setup check, health, status and the gate; and, for the Function App, a start that never fails on configuration.</summary>
public static class SetupServiceCollectionExtensions
{
    /// <summary>The setup check and what reads it (<see cref="SetupCheck"/>, <see cref="HealthReader"/>, <see cref="StatusReport"/>, <see cref="SetupGate"/>).</summary>
    public static IServiceCollection AddSetupCheck(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddOptions<SetupOptions>().BindConfiguration(SetupOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<SetupCheck>();
        services.TryAddSingleton<HealthReader>();
        services.TryAddSingleton<StatusReport>();
        services.TryAddSingleton<IWorkDeferral, FreshMessageDeferral>();
        services.TryAddSingleton<SetupGate>();
        return services;
    }

    /// <summary>
    /// Lets the host start whatever the configuration: the options start-up validation moves behind a key (the setup check runs
    /// it and reports its failures) and the PowerSchool clients' credential checks are removed (the setup check reads the same
    /// secrets, and the hash key). Call it after every other registration, so that no <c>ValidateOnStart</c> brings the host's validator back.
    /// </summary>
    public static IServiceCollection StartWithIncompleteSetup(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddSetupCheck();
        var validator = services.LastOrDefault(descriptor => descriptor.ServiceType == typeof(IStartupValidator) && !descriptor.IsKeyedService);
        if (validator?.ImplementationType is { } strict)
        {
            services.Remove(validator);
            services.AddKeyedTransient(typeof(IStartupValidator), OptionsFailures.StrictValidatorKey, strict);
        }

        services.AddTransient<IStartupValidator, ReportedStartupValidation>();
        foreach (var check in services.Where(IsCredentialsCheck).ToList())
        {
            services.Remove(check);
        }

        services.AddHostedService<SetupReportAtStart>();
        return services;
    }

    private static bool IsCredentialsCheck(ServiceDescriptor descriptor) =>
        descriptor.ServiceType == typeof(IHostedService) && !descriptor.IsKeyedService
        && descriptor.ImplementationType is { } type
        && ((type.IsGenericType && type.GetGenericTypeDefinition() == typeof(CredentialsStartupCheck<>)) || type == typeof(IdentityHashKeyStartupCheck));
}
