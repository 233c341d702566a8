using Microsoft.Extensions.DependencyInjection.Extensions;
using PowerSchool.Simulator.District;
using PowerSchool.Simulator.Hosting;
using PowerSchool.Simulator.Sis.Access;
using PowerSchool.Simulator.Sis.DataVersions;
using PowerSchool.Simulator.Sis.Metadata;
using PowerSchool.Simulator.Sis.Oauth;
using PowerSchool.Simulator.Sis.PowerQueries;
using PowerSchool.Simulator.Sis.Schools;
using PowerSchool.Simulator.Sis.Students;
using PowerSchool.Simulator.Sis.Tables;

namespace PowerSchool.Simulator.Sis;

/// <summary>Registers and maps the simulated PowerSchool SIS API (`/oauth`, `/ws`).</summary>
public static class SisApi
{
    public static IServiceCollection AddSisApi(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddOptions<SisOptions>().BindConfiguration(SisOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.TryAddSingleton<TokenStore>();
        services.TryAddSingleton<PluginAccess>();
        services.TryAddSingleton<DataVersionSubscriptions>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IBannerLines, SisBanner>());
        return services;
    }

    public static WebApplication MapSisApi(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);

        // Build the district now, not on the first request: a 100,000-student district takes seconds.
        _ = app.Services.GetRequiredService<DistrictStore>();
        app.UseMiddleware<BearerTokenMiddleware>();
        app.UseMiddleware<V1ApiAccessMiddleware>();
        OauthEndpoints.Map(app);
        MetadataEndpoints.Map(app);
        StudentReadEndpoints.Map(app);
        StudentWriteEndpoints.Map(app);
        SchoolEndpoints.Map(app);
        DistrictEndpoints.Map(app);
        DataVersionEndpoints.Map(app);
        TableReadEndpoints.Map(app);
        TableWriteEndpoints.Map(app);
        PowerQueryEndpoints.Map(app);
        app.MapFallback("/ws/{**path}", (string path) => Http.SisErrors.NotFound($"No resource at /ws/{path}."));
        return app;
    }
}
