using Microsoft.Extensions.DependencyInjection.Extensions;
using PowerSchool.Simulator.Enrollment.Admin;
using PowerSchool.Simulator.Enrollment.Auth;
using PowerSchool.Simulator.Enrollment.Batches;
using PowerSchool.Simulator.Enrollment.Catalog;
using PowerSchool.Simulator.Enrollment.Documents;
using PowerSchool.Simulator.Enrollment.Generation;
using PowerSchool.Simulator.Enrollment.Health;
using PowerSchool.Simulator.Enrollment.Records;
using PowerSchool.Simulator.Enrollment.State;
using PowerSchool.Simulator.Enrollment.Submissions;
using PowerSchool.Simulator.Hosting;

namespace PowerSchool.Simulator.Enrollment;

/// <summary>Registers and maps the simulated PowerSchool Enrollment API (`/api/v1`, `/api/healthz`).</summary>
public static class EnrollmentApi
{
    public static IServiceCollection AddEnrollmentApi(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddOptions<EnrollmentOptions>()
            .BindConfiguration(EnrollmentOptions.Section)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<SubmissionGenerator>();
        services.TryAddSingleton<EnrollmentSeeder>();
        services.TryAddSingleton<EnrollmentStore>();
        services.TryAddSingleton<BatchLedger>();
        services.TryAddSingleton<BatchFlaws>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IResettable, BatchFlaws>(provider => provider.GetRequiredService<BatchFlaws>()));
        services.TryAddSingleton<DocumentUrlSigner>();
        services.TryAddSingleton<DocumentDigests>();
        services.TryAddSingleton<ApiKeyFilter>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IResettable, EnrollmentStore>(provider => provider.GetRequiredService<EnrollmentStore>()));
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IBannerLines, EnrollmentBanner>());
        services.ConfigureHttpJsonOptions(json => json.SerializerOptions.TypeInfoResolverChain.Insert(0, EnrollmentJsonContext.Default));
        return services;
    }

    public static WebApplication MapEnrollmentApi(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        HealthEndpoints.MapHealthz(app);
        var api = app.MapGroup("/api/v1").AddEndpointFilter<ApiKeyFilter>();
        HealthEndpoints.MapConnectionTest(api);
        CatalogEndpoints.Map(api);
        BatchEndpoints.Map(api);
        RecordEndpoints.Map(api);
        SubmissionEndpoints.Map(api);
        DocumentEndpoints.Map(api);
        BlobEndpoints.Map(app);
        AdminEndpoints.Map(app);
        return app;
    }
}
