using Microsoft.Extensions.Logging;

namespace PsFunctions.Sync.Webhooks;

/// <summary>
/// Deletes webhook delivery ids older than <see cref="WebhookOptions.DeliveryIdRetention"/>: a replay of such a
/// delivery is refused for its stale timestamp anyway, so its id no longer needs to be kept. Both hosts run it
/// on the SIS change poll's timer.
/// </summary>
public sealed class DeliveryIdPurge(IDeliveryIdStore deliveryIds, TimeProvider time, ILogger<DeliveryIdPurge> logger)
{
    /// <summary>Deletes the expired ids; returns how many were deleted.</summary>
    public async Task<int> PurgeAsync(CancellationToken cancellationToken = default)
    {
        var cutoff = time.GetUtcNow() - WebhookOptions.DeliveryIdRetention;
        var deleted = await deliveryIds.PurgeAsync(cutoff, cancellationToken);
        WebhookLog.DeliveryIdsPurged(logger, deleted, cutoff);
        return deleted;
    }
}
