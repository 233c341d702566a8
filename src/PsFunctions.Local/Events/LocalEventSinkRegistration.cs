using Microsoft.Extensions.DependencyInjection.Extensions;
using PsFunctions.Azure.ServiceBus;
using PsFunctions.Sync.Events;

namespace PsFunctions.Local.Events;

/// <summary>The local runner's event destination when Service Bus is not configured: the JSON-lines file.</summary>
internal static class LocalEventSinkRegistration
{
    /// <summary>
    /// Registers <see cref="JsonLinesEventSink"/> as the <see cref="IEventPublisher"/>, with its <see cref="EventDestination"/>,
    /// unless Service Bus is configured (then events go to the topic, as in Azure). Call it before <c>AddPsFunctions</c>,
    /// which keeps a publisher registered before it.
    /// </summary>
    public static IServiceCollection AddLocalEventSink(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        if (ServiceBusEventsOptions.FindConfigured(configuration) is not null)
        {
            return services;
        }

        services.AddOptions<LocalEventSinkOptions>().BindConfiguration(LocalEventSinkOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.TryAddSingleton<JsonLinesEventSink>();
        services.TryAddSingleton<IEventPublisher>(provider => provider.GetRequiredService<JsonLinesEventSink>());
        services.TryAddSingleton(provider => provider.GetRequiredService<JsonLinesEventSink>().Destination);
        return services;
    }
}
