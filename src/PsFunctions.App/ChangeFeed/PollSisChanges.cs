using Microsoft.Azure.Functions.Worker;
using PsFunctions.Sync.ChangeFeed;
using PsFunctions.Sync.Webhooks;

namespace PsFunctions.App.ChangeFeed;

/// <summary>
/// Timer on <c>SIS_CHANGES_POLL_SCHEDULE</c>: purges expired webhook delivery ids, then reads SIS student
/// changes and publishes them.
/// </summary>
public sealed class PollSisChanges(SisChangeFeed changeFeed, DeliveryIdPurge deliveryIds)
{
    [Function(nameof(PollSisChanges))]
    public async Task RunAsync([TimerTrigger("%SIS_CHANGES_POLL_SCHEDULE%")] TimerInfo timer, CancellationToken cancellationToken)
    {
        // The purge needs only storage: it goes first so that a SIS outage does not also stop it.
        await deliveryIds.PurgeAsync(cancellationToken);
        await changeFeed.PollAsync(cancellationToken);
    }
}
