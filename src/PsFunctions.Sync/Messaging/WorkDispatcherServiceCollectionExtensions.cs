using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using PsFunctions.Sync.Enrollment;

namespace PsFunctions.Sync.Messaging;

/// <summary>Registers what the hosts call: the <see cref="WorkDispatcher"/>, the <see cref="DeliveryTargetPoller"/> and the rejection replayer.</summary>
public static class WorkDispatcherServiceCollectionExtensions
{
    public static IServiceCollection AddWorkDispatch(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddDeliveryTargets();
        services.TryAddSingleton<WorkDispatcher>();
        services.TryAddSingleton<DeliveryTargetPoller>();
        services.TryAddSingleton<Students.RejectionReplayer>();
        return services;
    }
}
