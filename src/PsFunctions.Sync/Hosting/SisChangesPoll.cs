using PsFunctions.Sync.Audit;
using PsFunctions.Sync.ChangeFeed;
using PsFunctions.Sync.Webhooks;

namespace PsFunctions.Sync.Hosting;

/// <summary>
/// The work of the SIS-changes timer, the same in every host (the Function App's <c>PollSisChanges</c>, the
/// local runner's schedule and its <c>--once</c> cycle): purge expired webhook delivery ids and audit entries, then
/// poll the SIS change feed. The purges need only storage, so they go first: a SIS outage does not also stop them.
/// </summary>
public sealed class SisChangesPoll(DeliveryIdPurge deliveryIds, AuditPurge audit, SisChangeFeed changeFeed)
{
    public async Task<ChangeFeedResult> RunAsync(CancellationToken cancellationToken = default)
    {
        await deliveryIds.PurgeAsync(cancellationToken);
        await audit.PurgeAsync(cancellationToken);
        return await changeFeed.PollAsync(cancellationToken);
    }
}
