using PsFunctions.Sync.Messaging;

namespace PsFunctions.App.Host.Tests;

[Collection(HostCollection.Name)]
public sealed class FailingMessageThroughHostTests(HostFixture fixture)
{
    [HostFact]
    public async Task A_message_that_always_fails_is_delivered_max_dequeue_count_times_then_kept_for_a_person()
    {
        var run = await fixture.FailingRunAsync();

        var deliveries = new WorkQueueOptions().MaxDequeueCount;
        Assert.Equal(deliveries, HostLog.Executed(fixture.Host.Log.Skip(run.LogLinesAtStart), "ApplyStudentUpserts", "Failed").Count());
        Assert.Contains($"last delivery ({deliveries} of {deliveries})", Assert.Single(run.Kept.Rejection.Reasons).Problem, StringComparison.Ordinal);
        Assert.Contains(run.SubmissionId, run.Kept.PoisonMessage, StringComparison.Ordinal);
        Assert.Equal(deliveries, run.Kept.DeadLetter.DeliveryCount);
        Assert.Equal(WorkQueues.StudentUpserts, run.Kept.DeadLetter.Queue);
    }
}
