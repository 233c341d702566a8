using PsFunctions.Sync.ChangeFeed;
using PsFunctions.Sync.Webhooks;

namespace PsFunctions.Sync.Hosting;

/// <summary>
/// The work of the SIS-changes timer, the same in every host (the Function App's <c>PollSisChanges</c>, the
/// local runner's schedule and its <c>--once</c> cycle): purge expired webhook delivery ids, then poll the SIS
/// change feed. The purge needs only storage, so it goes first: a SIS outage does not also stop it.
/// </summary>
public sealed class SisChangesPoll(DeliveryIdPurge deliveryIds, SisChangeFeed changeFeed)
{
    public async Task<ChangeFeedResult> RunAsync(CancellationToken cancellationToken = default)
    {
        await deliveryIds.PurgeAsync(cancellationToken);
        return await changeFeed.PollAsync(cancellationToken);
    }
}
