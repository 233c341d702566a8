using Microsoft.Azure.Functions.Worker;
using PsFunctions.Hosting.Setup;
using PsFunctions.Sync.Enrollment;

namespace PsFunctions.App.Enrollment;

/// <summary>Timer: runs Enrollment intake for every delivery target on <c>ENROLLMENT_POLL_SCHEDULE</c>; nothing while the setup is incomplete.</summary>
public sealed class PollEnrollmentDeliveries(SetupGate gate)
{
    [Function(nameof(PollEnrollmentDeliveries))]
    public Task RunAsync([TimerTrigger("%ENROLLMENT_POLL_SCHEDULE%")] TimerInfo timer, CancellationToken cancellationToken) =>
        gate.RunAsync<DeliveryTargetPoller>(nameof(PollEnrollmentDeliveries), (poller, token) => poller.RunAllAsync(token), cancellationToken);
}
