using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using PsFunctions.Sync.Enrollment;
using PsFunctions.Sync.Messaging;
using PsFunctions.Sync.Students;

namespace PsFunctions.Sync.Webhooks;

/// <summary>Registers <see cref="WebhookCommandHandler"/> with the intake and upsert flows it drives and <c>Sync:DeliveryTargets</c>.</summary>
public static class WebhookCommandServiceCollectionExtensions
{
    public static IServiceCollection AddWebhookCommands(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddEnrollmentIntake();
        services.AddStudentUpserts();
        services.TryAddSingleton<StudentFieldUpdater>();
        services.AddDeliveryTargets();
        services.TryAddSingleton(provider => new WebhookCommandHandler(
            provider.GetRequiredService<EnrollmentIntake>(),
            provider.GetRequiredService<StudentFieldUpdater>(),
            provider.GetRequiredService<IOptions<DeliveryTargetsOptions>>(),
            provider.GetRequiredService<IOptions<StudentUpsertOptions>>(),
            provider.GetRequiredService<ILogger<WebhookCommandHandler>>()));
        return services;
    }
}
