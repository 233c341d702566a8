using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using PsFunctions.Sync.Enrollment;

namespace PsFunctions.Sync.Messaging;

/// <summary>Binds <see cref="DeliveryTargetsOptions"/> once for everything that reads it (dispatch, webhook receiver and commands).</summary>
internal static class DeliveryTargetsRegistration
{
    public static IServiceCollection AddDeliveryTargets(this IServiceCollection services)
    {
        // Several Add* methods call this: bind and validate once, so a missing setting is reported once.
        if (services.Any(descriptor => descriptor.ServiceType == typeof(IOptionsChangeTokenSource<DeliveryTargetsOptions>)))
        {
            return services;
        }

        services.AddOptions<DeliveryTargetsOptions>()
            .BindConfiguration(DeliveryTargetsOptions.Section)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        return services;
    }
}
