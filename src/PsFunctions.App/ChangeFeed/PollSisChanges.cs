using Microsoft.Azure.Functions.Worker;
using PsFunctions.Sync.ChangeFeed;

namespace PsFunctions.App.ChangeFeed;

/// <summary>Timer: reads SIS student changes and publishes them, on <c>SIS_CHANGES_POLL_SCHEDULE</c>.</summary>
public sealed class PollSisChanges(SisChangeFeed changeFeed)
{
    [Function(nameof(PollSisChanges))]
    public Task RunAsync([TimerTrigger("%SIS_CHANGES_POLL_SCHEDULE%")] TimerInfo timer, CancellationToken cancellationToken) =>
        changeFeed.PollAsync(cancellationToken);
}
