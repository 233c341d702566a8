using Azure.Messaging.ServiceBus;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using PsFunctions.Azure.LocalSink;
using PsFunctions.Azure.ServiceBus;
using PsFunctions.Sync.Events;

namespace PsFunctions.Azure.DependencyInjection;

/// <summary>Registers the event publisher: Service Bus when configured, else the local JSON-lines sink.</summary>
public static class EventServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="IEventPublisher"/>: <see cref="ServiceBusEventPublisher"/> on <c>ServiceBus:Topic</c> when
    /// <c>ServiceBus:FullyQualifiedNamespace</c> (managed identity) or <c>ServiceBus:ConnectionString</c> is set;
    /// otherwise <see cref="JsonLinesEventSink"/> writing <c>Events:LocalSinkPath</c>. Options are validated at start.
    /// </summary>
    public static IServiceCollection AddServiceBusEvents(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        var serviceBus = configuration.GetSection(ServiceBusEventsOptions.SectionName);
        if (serviceBus.Get<ServiceBusEventsOptions>() is not { IsConfigured: true })
        {
            return AddLocalSink(services, configuration);
        }

        services.AddValidatedOptions<ServiceBusEventsOptions>(ServiceBusEventsOptions.SectionName, serviceBus.Bind);
        services.TryAddSingleton(sp => CreateClient(sp.GetRequiredService<IOptions<ServiceBusEventsOptions>>().Value, configuration));
        services.TryAddSingleton<IEventPublisher>(sp => new ServiceBusEventPublisher(
            sp.GetRequiredService<ServiceBusClient>().CreateSender(sp.GetRequiredService<IOptions<ServiceBusEventsOptions>>().Value.Topic),
            sp.GetService<ILogger<ServiceBusEventPublisher>>()));
        return services;
    }

    private static IServiceCollection AddLocalSink(IServiceCollection services, IConfiguration configuration)
    {
        services.AddValidatedOptions<LocalEventSinkOptions>(
            LocalEventSinkOptions.SectionName, configuration.GetSection(LocalEventSinkOptions.SectionName).Bind);
        services.TryAddSingleton<JsonLinesEventSink>();
        services.TryAddSingleton<IEventPublisher>(sp => sp.GetRequiredService<JsonLinesEventSink>());
        return services;
    }

    private static ServiceBusClient CreateClient(ServiceBusEventsOptions options, IConfiguration configuration) =>
        string.IsNullOrWhiteSpace(options.ConnectionString)
            ? new ServiceBusClient(options.FullyQualifiedNamespace, AzureCredentials.Create(configuration))
            : new ServiceBusClient(options.ConnectionString);
}
