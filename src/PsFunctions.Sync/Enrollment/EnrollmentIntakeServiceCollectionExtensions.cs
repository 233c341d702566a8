using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;

namespace PsFunctions.Sync.Enrollment;

/// <summary>
/// Registers <see cref="EnrollmentIntake"/> and its options (<c>Sync:DocumentItems</c>,
/// <c>Sync:OrphanBatchLookback</c>; messages are sized by <c>PowerSchool:Sis:MaxRecordsPerPost</c>). The host
/// also registers the Enrollment client (<c>AddPowerSchoolEnrollment</c>) and adapters for
/// <see cref="IBatchArchive"/>, <see cref="IBatchLedger"/>, <see cref="IIntakeLock"/>, <see cref="Messaging.IWorkQueue"/> and
/// <see cref="Events.IEventPublisher"/>.
/// </summary>
public static class EnrollmentIntakeServiceCollectionExtensions
{
    public static IServiceCollection AddEnrollmentIntake(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        // Called by AddWebhookCommands and by hosts: bind the options once, or list settings
        // (Sync:DocumentItems) are bound twice and every document is queued twice.
        if (services.Any(descriptor => descriptor.ServiceType == typeof(EnrollmentIntake)))
        {
            return services;
        }

        services.AddOptions<EnrollmentIntakeOptions>()
            .BindConfiguration(EnrollmentIntakeOptions.Section)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<BatchEnqueuer>();
        services.TryAddSingleton<BatchHandoff>();
        services.TryAddSingleton<BatchRecovery>();
        services.TryAddSingleton<BatchSource>();
        services.TryAddSingleton(provider => new EnrollmentIntake(
            provider.GetRequiredService<BatchSource>(),
            provider.GetRequiredService<BatchRecovery>(),
            provider.GetRequiredService<BatchHandoff>(),
            provider.GetRequiredService<IBatchLedger>(),
            provider.GetRequiredService<IIntakeLock>(),
            provider.GetRequiredService<TimeProvider>(),
            provider.GetRequiredService<ILogger<EnrollmentIntake>>()));
        return services;
    }
}
