using Azure.Messaging.ServiceBus;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using PsFunctions.Azure.ServiceBus;
using PsFunctions.Sync.Events;

namespace PsFunctions.Azure.DependencyInjection;

/// <summary>The event publisher on a Service Bus topic, registered only when Service Bus is configured.</summary>
internal static class ServiceBusRegistration
{
    /// <summary>
    /// Registers <see cref="ServiceBusEventPublisher"/> on <c>ServiceBus:Topic</c>, and its <see cref="EventDestination"/>, when
    /// <c>ServiceBus:FullyQualifiedNamespace</c> (managed identity) or <c>ServiceBus:ConnectionString</c> is set; otherwise
    /// registers nothing, and the host chooses.
    /// </summary>
    public static void Add(IServiceCollection services, IConfiguration configuration)
    {
        if (ServiceBusEventsOptions.FindConfigured(configuration) is not { } configured)
        {
            return;
        }

        services.AddOptions<ServiceBusEventsOptions>().Bind(configuration.GetSection(ServiceBusEventsOptions.SectionName)).ValidateDataAnnotations().ValidateOnStart();
        services.TryAddSingleton(new EventDestination($"Service Bus topic {configured.Topic}", IsConfigured: true));
        services.TryAddSingleton(provider => CreateClient(provider.GetRequiredService<IOptions<ServiceBusEventsOptions>>().Value, configuration));
        services.TryAddSingleton(provider => provider.GetRequiredService<ServiceBusClient>()
            .CreateSender(provider.GetRequiredService<IOptions<ServiceBusEventsOptions>>().Value.Topic));
        services.TryAddSingleton<IEventPublisher, ServiceBusEventPublisher>();
    }

    private static ServiceBusClient CreateClient(ServiceBusEventsOptions options, IConfiguration configuration) =>
        string.IsNullOrWhiteSpace(options.ConnectionString)
            ? new ServiceBusClient(options.FullyQualifiedNamespace, AzureCredentials.Create(configuration, options.ClientId, options.Credential))
            : new ServiceBusClient(options.ConnectionString);
}
