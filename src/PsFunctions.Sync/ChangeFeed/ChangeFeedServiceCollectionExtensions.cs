using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using PowerSchool.Client.Sis;
using PsFunctions.Sync.Events;

namespace PsFunctions.Sync.ChangeFeed;

/// <summary>Registers the SIS change feed.</summary>
public static class ChangeFeedServiceCollectionExtensions
{
    /// <summary>
    /// Adds <see cref="SisChangeFeed"/> with <see cref="SisChangeFeedOptions"/> bound from <c>Sync:ChangeFeed</c>
    /// and validated on start. Needs the SIS client, <see cref="ISnapshotStore"/>, <see cref="ICheckpointStore"/>
    /// and <see cref="IEventPublisher"/> registered (by the client and the Azure adapters).
    /// </summary>
    public static IServiceCollection AddSisChangeFeed(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddOptions<SisChangeFeedOptions>()
            .BindConfiguration(SisChangeFeedOptions.Section)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddTransient(static provider => new StudentScan(
            provider.GetRequiredService<ISisClient>(),
            provider.GetRequiredService<ISnapshotStore>(),
            provider.GetRequiredService<IEventPublisher>(),
            provider.GetRequiredService<IOptions<SisChangeFeedOptions>>(),
            provider.GetRequiredService<TimeProvider>()));
        services.TryAddTransient(static provider => new SisChangeFeed(
            provider.GetRequiredService<ICheckpointStore>(),
            provider.GetRequiredService<StudentScan>(),
            provider.GetRequiredService<IOptions<SisChangeFeedOptions>>(),
            provider.GetRequiredService<TimeProvider>(),
            provider.GetRequiredService<ILogger<SisChangeFeed>>()));
        return services;
    }
}
