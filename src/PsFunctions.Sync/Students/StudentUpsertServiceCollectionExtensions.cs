using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using PsFunctions.Sync.Mapping;

namespace PsFunctions.Sync.Students;

/// <summary>
/// Registers <see cref="StudentUpsertHandler"/> and its options (<c>Sync:MaxDequeueCount</c>,
/// <c>Sync:SchoolListCacheDuration</c>, <c>Sync:StudentClaimDuration</c>, <c>Sync:StudentClaimRetryDelay</c>, <c>Sync:SchoolYearEntryDate</c>, <c>Sync:SchoolYearExitDate</c>).
/// The host also registers the SIS client (<c>AddPowerSchoolSis</c>) and adapters for
/// <see cref="IUpsertLedger"/>, <see cref="IStudentClaims"/>, <see cref="Messaging.IWorkQueue"/>, <see cref="IRejectionStore"/>, <see cref="Enrollment.IBatchArchive"/> and
/// <see cref="Events.IEventPublisher"/>.
/// </summary>
public static class StudentUpsertServiceCollectionExtensions
{
    public static IServiceCollection AddStudentUpserts(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddOptions<StudentUpsertOptions>()
            .BindConfiguration(StudentUpsertOptions.Section)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddStudentMapping();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<SchoolListCache>();
        services.TryAddSingleton<StudentMatcher>();
        services.TryAddSingleton<UpsertPlanner>();
        services.TryAddSingleton<UpsertOutcomeRecorder>();
        services.TryAddSingleton<StudentPoster>();
        services.TryAddSingleton<PendingSubmissionReader>();
        services.TryAddSingleton(provider => new StudentUpsertHandler(
            provider.GetRequiredService<PendingSubmissionReader>(),
            provider.GetRequiredService<UpsertPlanner>(),
            provider.GetRequiredService<StudentPoster>(),
            provider.GetRequiredService<UpsertOutcomeRecorder>(),
            provider.GetRequiredService<IStudentClaims>(),
            provider.GetRequiredService<Messaging.IWorkQueue>(),
            provider.GetRequiredService<TimeProvider>(),
            provider.GetRequiredService<IOptions<StudentUpsertOptions>>(),
            provider.GetRequiredService<ILogger<StudentUpsertHandler>>()));
        return services;
    }
}
