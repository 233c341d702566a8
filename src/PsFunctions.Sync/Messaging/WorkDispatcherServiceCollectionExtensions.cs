using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using PsFunctions.Sync.Enrollment;

namespace PsFunctions.Sync.Messaging;

/// <summary>Registers what the hosts call: the <see cref="WorkDispatcher"/> and the <see cref="DeliveryTargetPoller"/>.</summary>
public static class WorkDispatcherServiceCollectionExtensions
{
    public static IServiceCollection AddWorkDispatch(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddOptions<DeliveryTargetsOptions>()
            .BindConfiguration(DeliveryTargetsOptions.Section)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.TryAddSingleton<WorkDispatcher>();
        services.TryAddSingleton<DeliveryTargetPoller>();
        return services;
    }
}
