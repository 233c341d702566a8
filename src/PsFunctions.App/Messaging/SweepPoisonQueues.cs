using Microsoft.Azure.Functions.Worker;
using PsFunctions.Sync.Messaging;

namespace PsFunctions.App.Messaging;

/// <summary>
/// Timer every ten minutes (<see cref="PoisonQueueSweep.Schedule"/>): moves what the Functions host put in the
/// <c>*-poison</c> queues (copies that expire after 7 days) into the dead-letter store, which keeps them.
/// </summary>
public sealed class SweepPoisonQueues(PoisonQueueSweep sweep)
{
    [Function(nameof(SweepPoisonQueues))]
    public Task RunAsync([TimerTrigger(PoisonQueueSweep.Schedule)] TimerInfo timer, CancellationToken cancellationToken) =>
        sweep.RunAsync(cancellationToken);
}
