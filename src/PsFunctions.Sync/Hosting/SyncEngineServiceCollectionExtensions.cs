using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using PsFunctions.Sync.Audit;
using PsFunctions.Sync.ChangeFeed;
using PsFunctions.Sync.Checkpoints;
using PsFunctions.Sync.Documents;
using PsFunctions.Sync.Enrollment;
using PsFunctions.Sync.Hashing;
using PsFunctions.Sync.Mapping;
using PsFunctions.Sync.Messaging;
using PsFunctions.Sync.Outcomes;
using PsFunctions.Sync.Status;
using PsFunctions.Sync.Students;
using PsFunctions.Sync.Webhooks;

namespace PsFunctions.Sync.Hosting;

/// <summary>The sync engine's one entry point.</summary>
public static class SyncEngineServiceCollectionExtensions
{
    /// <summary>
    /// Registers every capability of the engine with its options (bound from configuration, validated with their
    /// DataAnnotations when the host starts) and one handler per work queue. The host adds the PowerSchool
    /// clients and adapters for the engine's ports (the Azure adapters, or a test's own); call this once.
    /// </summary>
    public static IServiceCollection AddSyncEngine(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.TryAddSingleton(TimeProvider.System);
        services.AddEngineOptions<DeliveryTargetsOptions>(DeliveryTargetsOptions.Section);
        services.AddEngineOptions<WorkQueueOptions>(WorkQueueOptions.Section);
        services.AddEngineOptions<WorkDeferralOptions>(WorkDeferralOptions.Section);
        services.AddEngineOptions<DeadLetterOptions>(DeadLetterOptions.Section);
        services.AddEngineOptions<EnrollmentIntakeOptions>(EnrollmentIntakeOptions.Section);
        services.AddEngineOptions<MappingOptions>(MappingOptions.Section);
        services.AddEngineOptions<StudentUpsertOptions>(StudentUpsertOptions.Section);
        services.AddEngineOptions<MatchingOptions>(MatchingOptions.Section);
        services.AddEngineOptions<DocumentMirrorOptions>(DocumentMirrorOptions.Section);
        services.AddEngineOptions<SisChangeFeedOptions>(SisChangeFeedOptions.Section);
        services.AddEngineOptions<SyncStatusOptions>(SyncStatusOptions.Section);
        services.AddEngineOptions<WebhookOptions>(WebhookOptions.Section);
        services.AddEngineOptions<AuditOptions>(AuditOptions.Section);

        // Claim keys and change-feed snapshots are keyed hashes: the key is read once, and checked when the host starts.
        services.TryAddSingleton<IdentityHashKey>();
        services.AddHostedService<IdentityHashKeyStartupCheck>();

        AddIntake(services);
        AddUpserts(services);
        services.TryAddSingleton<SisChangeFeed>();
        services.TryAddSingleton<ChangedStudentReader>();
        services.TryAddSingleton<StudentScan>();
        services.TryAddSingleton<SyncStatusReader>();
        services.TryAddSingleton<WebhookReceiver>();
        services.TryAddSingleton<DeliveryIdPurge>();
        services.TryAddSingleton<AuditPurge>();
        services.TryAddSingleton<AuditHistory>();
        services.TryAddSingleton<SisChangesPoll>();

        services.AddWorkDispatch();
        services.TryAddSingleton<StudentUpsertHandler>();
        services.TryAddSingleton<PluginProblems>();
        services.AddWorkHandler<StudentUpsertMessage, PluginAwareStudentUpsertHandler>();
        services.TryAddSingleton<DocumentRefusals>();
        services.AddWorkHandler<DocumentMirrorMessage, DocumentMirrorHandler>();
        services.AddWorkHandler<WebhookCommand, WebhookCommandHandler>();
        return services;
    }

    private static void AddIntake(IServiceCollection services)
    {
        services.TryAddSingleton<BatchEnqueuer>();
        services.TryAddSingleton<BatchHandoff>();
        services.TryAddSingleton<RecordQuarantine>();
        services.TryAddSingleton<BatchRecovery>();
        services.TryAddSingleton<BatchSource>();
        services.TryAddSingleton<EnrollmentIntake>();
        services.TryAddSingleton<DeliveryTargetPoller>();
    }

    private static void AddUpserts(IServiceCollection services)
    {
        services.TryAddSingleton<StudentMappingLoader>();
        services.TryAddSingleton<IDistrictSchools, SchoolListCache>();
        // The planner matches a message with the plugin's named queries (per record when the plugin refuses them);
        // the webhook update path looks up explicit ids per record.
        services.TryAddSingleton<LookupKeyRules>();
        services.TryAddSingleton<StudentMatcher>();
        services.TryAddSingleton<NamedQueryStudentLookup>();
        services.TryAddSingleton<IMessageStudentLookup>(provider => provider.GetRequiredService<NamedQueryStudentLookup>());
        services.TryAddSingleton<UpsertPlanner>();
        services.TryAddSingleton<UpsertAudit>();
        services.TryAddSingleton<UpsertOutcomeRecorder>();
        services.TryAddSingleton<UpsertRejectionRecorder>();
        services.TryAddSingleton<RejectionSupersession>();
        services.TryAddSingleton<StudentPoster>();
        services.TryAddSingleton<PendingSubmissionReader>();
        services.TryAddSingleton<StudentFieldUpdater>();
        services.TryAddSingleton<RejectionReplayer>();
        services.TryAddSingleton<BatchResetForecast>();
        services.TryAddSingleton<DeliveryOrder>();
        services.TryAddSingleton<AttentionResolver>();
    }

    // One style for every option of the engine: bound from its section, DataAnnotations (and IValidatableObject), checked at start.
    private static void AddEngineOptions<TOptions>(this IServiceCollection services, string section)
        where TOptions : class =>
        services.AddOptions<TOptions>().BindConfiguration(section).ValidateDataAnnotations().ValidateOnStart();
}
