using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using PowerSchool.Client.Enrollment;
using PowerSchool.Client.Secrets;
using PowerSchool.Client.Sis;
using PowerSchool.Client.Sis.Auth;

namespace PowerSchool.Client.DependencyInjection;

/// <summary>Registers the PowerSchool clients on <see cref="IHttpClientFactory"/> typed clients.</summary>
public static class PowerSchoolServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="ISisClient"/>: options from <c>PowerSchool:Sis</c> (then <paramref name="configure"/>),
    /// validated at start; credentials through <see cref="ISecretProvider"/> (default: configuration
    /// <c>Secrets:&lt;name&gt;</c>); tokens in <see cref="ISisTokenCache"/> (default: in memory).
    /// Register your own provider/cache before calling this to replace them.
    /// </summary>
    public static IServiceCollection AddPowerSchoolSis(this IServiceCollection services, Action<SisClientOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        var options = services.AddOptions<SisClientOptions>()
            .BindConfiguration(SisClientOptions.SectionName)
            .ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<SisClientOptions>>(
            new AnnotatedOptionsValidator<SisClientOptions>(SisClientOptions.SectionName, o => o.Resilience)));
        if (configure is not null)
        {
            options.Configure(configure);
        }

        services.TryAddSingleton<ISecretProvider, ConfigurationSecretProvider>();
        services.TryAddSingleton<ISisTokenCache, InMemorySisTokenCache>();
        services.AddHttpClient<ISisClient, SisClient>();
        return services;
    }

    /// <summary>Registers <see cref="IEnrollmentClient"/>: options from <c>PowerSchool:Enrollment</c>, validated at start.</summary>
    public static IServiceCollection AddPowerSchoolEnrollment(this IServiceCollection services, Action<EnrollmentClientOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        var options = services.AddOptions<EnrollmentClientOptions>()
            .BindConfiguration(EnrollmentClientOptions.SectionName)
            .ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<EnrollmentClientOptions>>(
            new AnnotatedOptionsValidator<EnrollmentClientOptions>(EnrollmentClientOptions.SectionName, o => o.Resilience)));
        if (configure is not null)
        {
            options.Configure(configure);
        }

        services.TryAddSingleton<ISecretProvider, ConfigurationSecretProvider>();
        services.AddHttpClient<IEnrollmentClient, EnrollmentClient>();
        return services;
    }
}
