using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using PowerSchool.Client.DependencyInjection;
using PsFunctions.Azure.DependencyInjection;
using PsFunctions.Hosting.LocalEvents;
using PsFunctions.Hosting.Setup;
using PsFunctions.Sync.Events;
using PsFunctions.Sync.Hosting;

namespace PsFunctions.Hosting;

/// <summary>
/// The whole product as both hosts run it: the Azure adapters (secrets from Key Vault or configuration, Storage
/// with managed identity or a connection string, Service Bus when configured), the PowerSchool clients and the
/// sync engine. Without Service Bus, events go to the local JSON-lines sink. The Function App and the local
/// runner call only this.
/// </summary>
public static class PsFunctionsServiceCollectionExtensions
{
    public static IServiceCollection AddPsFunctions(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddAzureAdapters(configuration);
        services.AddPowerSchoolSis();
        services.AddPowerSchoolEnrollment();
        services.AddSyncEngine();
        services.AddSetupCheck();

        // No Service Bus configured: the adapters registered no publisher, so events go to a local file.
        services.AddOptions<LocalEventSinkOptions>().BindConfiguration(LocalEventSinkOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.TryAddSingleton<JsonLinesEventSink>();
        services.TryAddSingleton<IEventPublisher>(provider => provider.GetRequiredService<JsonLinesEventSink>());
        return services;
    }
}
