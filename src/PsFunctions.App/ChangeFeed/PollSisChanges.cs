using Microsoft.Azure.Functions.Worker;
using PsFunctions.Sync.Hosting;

namespace PsFunctions.App.ChangeFeed;

/// <summary>
/// Timer on <c>SIS_CHANGES_POLL_SCHEDULE</c>: purges expired webhook delivery ids, then reads SIS student
/// changes and publishes them (<see cref="SisChangesPoll"/>).
/// </summary>
public sealed class PollSisChanges(SisChangesPoll poll)
{
    [Function(nameof(PollSisChanges))]
    public Task RunAsync([TimerTrigger("%SIS_CHANGES_POLL_SCHEDULE%")] TimerInfo timer, CancellationToken cancellationToken) =>
        poll.RunAsync(cancellationToken);
}
