using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using PowerSchool.Client.DependencyInjection;
using PsFunctions.Azure.DependencyInjection;
using PsFunctions.Hosting.Console;
using PsFunctions.Hosting.Events;
using PsFunctions.Hosting.Http;
using PsFunctions.Hosting.Setup;
using PsFunctions.Sync.Events;
using PsFunctions.Sync.Hosting;

namespace PsFunctions.Hosting;

/// <summary>
/// The whole product as both hosts run it: the Azure adapters (secrets from Key Vault or configuration, Storage
/// with managed identity or a connection string, Service Bus when configured), the PowerSchool clients and the
/// sync engine. Without Service Bus, and without a publisher the host registered first (the local runner's file),
/// events are not configured (<see cref="EventsNotConfigured"/>). The Function App and the local runner call only this.
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
        services.AddOperationsConsole(configuration);
        // The webhook route's per-source rate limits: the local runner's middleware policy, and the limiter the Function App calls.
        services.TryAddSingleton<WebhookRateLimitPolicy>();
        services.TryAddSingleton<WebhookRateLimiter>();
        services.TryAddSingleton<IEventPublisher, EventsNotConfigured>();
        services.TryAddSingleton(EventsNotConfigured.Destination);
        return services;
    }
}
