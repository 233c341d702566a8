using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace PsFunctions.Sync.Status;

/// <summary>Registers the status reader.</summary>
public static class SyncStatusServiceCollectionExtensions
{
    /// <summary>
    /// Adds <see cref="SyncStatusReader"/> with <see cref="SyncStatusOptions"/> bound from <c>Sync:Status</c> and
    /// validated on start. Needs the batch ledger, queue monitor, rejection store and checkpoint store adapters.
    /// </summary>
    public static IServiceCollection AddSyncStatus(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddOptions<SyncStatusOptions>()
            .BindConfiguration(SyncStatusOptions.Section)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.TryAddTransient<SyncStatusReader>();
        return services;
    }
}
