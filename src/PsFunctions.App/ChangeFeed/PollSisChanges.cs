using Microsoft.Azure.Functions.Worker;
using PsFunctions.Hosting.Setup;
using PsFunctions.Sync.Hosting;

namespace PsFunctions.App.ChangeFeed;

/// <summary>
/// Timer on <c>SIS_CHANGES_POLL_SCHEDULE</c>: purges expired webhook delivery ids, then reads SIS student
/// changes and publishes them (<see cref="SisChangesPoll"/>); nothing while the setup is incomplete.
/// </summary>
public sealed class PollSisChanges(SetupGate gate)
{
    [Function(nameof(PollSisChanges))]
    public Task RunAsync([TimerTrigger("%SIS_CHANGES_POLL_SCHEDULE%")] TimerInfo timer, CancellationToken cancellationToken) =>
        gate.RunAsync<SisChangesPoll>(nameof(PollSisChanges), (poll, token) => poll.RunAsync(token), cancellationToken);
}
