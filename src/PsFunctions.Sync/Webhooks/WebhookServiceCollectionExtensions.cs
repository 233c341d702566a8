using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using PsFunctions.Sync.Messaging;

namespace PsFunctions.Sync.Webhooks;

/// <summary>
/// Registers <see cref="WebhookReceiver"/>, its options (<c>Webhooks:MaxBodyBytes</c>, <c>Sync:DeliveryTargets</c>)
/// and <see cref="DeliveryIdPurge"/>. The host also registers an ISecretProvider, an IDeliveryIdStore and an
/// IWorkQueue (the Azure adapters).
/// </summary>
public static class WebhookServiceCollectionExtensions
{
    public static IServiceCollection AddWebhookReceiver(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddOptions<WebhookOptions>().BindConfiguration(WebhookOptions.Section).Validate(
                webhookOptions => Validator.TryValidateObject(webhookOptions, new ValidationContext(webhookOptions), null, validateAllProperties: true),
                "Webhooks:MaxBodyBytes must be between 1024 and 4194304 bytes.")
            .ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.AddDeliveryTargets();
        services.TryAddSingleton<WebhookReceiver>();
        services.TryAddSingleton<DeliveryIdPurge>();
        return services;
    }
}
