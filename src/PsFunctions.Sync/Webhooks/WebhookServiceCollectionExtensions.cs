using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace PsFunctions.Sync.Webhooks;

/// <summary>
/// Registers <see cref="WebhookReceiver"/> and its options (<c>Webhooks:MaxBodyBytes</c>). The host also
/// registers an ISecretProvider, an IDeliveryIdStore and an IWorkQueue (the Azure adapters).
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
        services.TryAddSingleton<WebhookReceiver>();
        return services;
    }
}
