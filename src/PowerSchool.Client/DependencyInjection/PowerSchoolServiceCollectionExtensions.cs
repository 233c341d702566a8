using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using PowerSchool.Client.Enrollment;
using PowerSchool.Client.Resilience;
using PowerSchool.Client.Secrets;
using PowerSchool.Client.Sis;
using PowerSchool.Client.Sis.Auth;

namespace PowerSchool.Client.DependencyInjection;

/// <summary>Registers the PowerSchool clients on <see cref="IHttpClientFactory"/> typed clients.</summary>
public static class PowerSchoolServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="ISisClient"/>: options from <c>PowerSchool:Sis</c> (then <paramref name="configure"/>),
    /// validated at start (and the credentials checked when the host starts); credentials through
    /// <see cref="ISecretProvider"/> (default: configuration <c>Secrets:&lt;name&gt;</c>); tokens in
    /// <see cref="ISisTokenCache"/> (default: in memory). Register your own provider/cache before calling this.
    /// </summary>
    public static IServiceCollection AddPowerSchoolSis(this IServiceCollection services, Action<SisClientOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        AddOptions(services, SisClientOptions.SectionName, configure);
        if (services.Any(d => d.ServiceType == typeof(SisTokenProvider)))
        {
            return services;
        }

        AddShared(services);
        services.TryAddSingleton<ISisTokenCache, InMemorySisTokenCache>();
        services.TryAddSingleton<SisTokenProvider>();
        services.TryAddSingleton<SisMetadataCache>();
        services.TryAddSingleton<RequestPacer>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IHostedService, CredentialsStartupCheck<SisClientOptions>>());

        var token = services.AddHttpClient(SisTokenProvider.HttpClientName)
            .ConfigureHttpClient(client => client.Timeout = Timeout.InfiniteTimeSpan);
        token.AddResilienceHandler("powerschool-sis-token", (builder, context) => PowerSchoolResiliencePipeline.Configure(
            builder, context.ServiceProvider.GetRequiredService<IOptions<SisClientOptions>>().Value.Resilience,
            context.ServiceProvider, "sis"));
        // Token requests are paced too: PowerSchool does not say whether its per-plugin interval counts them, and a
        // token lasts weeks, so counting them costs one turn per token.
        token.AddHttpMessageHandler(sp => new PacingHandler(sp.GetRequiredService<RequestPacer>()));
        AddLogging(token, "sis");

        var sis = services.AddHttpClient<ISisClient, SisClient>((http, sp) => new SisClient(
                http, sp.GetRequiredService<IOptions<SisClientOptions>>().Value, sp.GetRequiredService<SisMetadataCache>(),
                sp.GetRequiredService<ILogger<SisClient>>()))
            .ConfigureHttpClient((sp, client) =>
            {
                client.BaseAddress = sp.GetRequiredService<IOptions<SisClientOptions>>().Value.BaseUrl;
                client.Timeout = Timeout.InfiniteTimeSpan;
            });
        sis.AddResilienceHandler("powerschool-sis", (builder, context) => PowerSchoolResiliencePipeline.Configure(
            builder, context.ServiceProvider.GetRequiredService<IOptions<SisClientOptions>>().Value.Resilience,
            context.ServiceProvider, "sis"));
        sis.AddHttpMessageHandler(sp => new ConcurrencyLimitHandler(sp.GetRequiredService<HostConcurrencyLimiter>(),
            () => sp.GetRequiredService<IOptions<SisClientOptions>>().Value.MaxConcurrency));
        sis.AddHttpMessageHandler(sp => new SisAuthenticationHandler(
            sp.GetRequiredService<SisTokenProvider>(), sp.GetRequiredService<ILogger<SisAuthenticationHandler>>()));
        sis.AddHttpMessageHandler(sp => new PacingHandler(sp.GetRequiredService<RequestPacer>()));
        AddLogging(sis, "sis");
        return services;
    }

    /// <summary>
    /// Registers <see cref="IEnrollmentClient"/>: options from <c>PowerSchool:Enrollment</c> (then
    /// <paramref name="configure"/>), validated at start; the API key through <see cref="ISecretProvider"/>.
    /// </summary>
    public static IServiceCollection AddPowerSchoolEnrollment(this IServiceCollection services, Action<EnrollmentClientOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        AddOptions(services, EnrollmentClientOptions.SectionName, configure);
        if (services.Any(d => d.ServiceType == typeof(EnrollmentApiKeyHandler)))
        {
            return services;
        }

        AddShared(services);
        EnrollmentRegistration.Add(services);
        return services;
    }

    // Bound from the section, then configured in code, then validated with their DataAnnotations when the host starts.
    internal static void AddOptions<TOptions>(IServiceCollection services, string section, Action<TOptions>? configure)
        where TOptions : class
    {
        var options = services.AddOptions<TOptions>().BindConfiguration(section).ValidateDataAnnotations().ValidateOnStart();
        if (configure is not null)
        {
            options.Configure(configure);
        }
    }

    /// <summary>
    /// Replaces IHttpClientFactory's default request logging (it writes full URLs with query values and,
    /// at trace level, headers) with ours: method, path template, status, duration, attempt.
    /// </summary>
    internal static void AddLogging(IHttpClientBuilder builder, string api) =>
        builder.RemoveAllLoggers()
            .AddHttpMessageHandler(sp => new RequestLoggingHandler(sp.GetRequiredService<ILogger<RequestLoggingHandler>>(), api));

    private static void AddShared(IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddKeyedSingleton(PowerSchoolResiliencePipeline.ClockKey, TimeProvider.System);
        services.TryAddSingleton<ISecretProvider, ConfigurationSecretProvider>();
        services.TryAddSingleton<HostConcurrencyLimiter>();
    }
}
