using Microsoft.Azure.Functions.Worker;
using PsFunctions.Sync.Enrollment;

namespace PsFunctions.App.Enrollment;

/// <summary>Timer: runs Enrollment intake for every delivery target on <c>ENROLLMENT_POLL_SCHEDULE</c>.</summary>
public sealed class PollEnrollmentDeliveries(DeliveryTargetPoller poller)
{
    [Function(nameof(PollEnrollmentDeliveries))]
    public Task RunAsync([TimerTrigger("%ENROLLMENT_POLL_SCHEDULE%")] TimerInfo timer, CancellationToken cancellationToken) =>
        poller.RunAllAsync(cancellationToken);
}
