using Azure.Storage.Queues;
using PsFunctions.Sync.Messaging;

namespace PsFunctions.App.Host.Tests;

/// <summary>
/// A student-upserts message that fails on every delivery (it names a batch the archive does not hold), sent after the
/// clean run, and what the host's retries and poison handling made of it. <see cref="LogLinesAtStart"/> marks where its
/// part of the host's log begins.
/// </summary>
internal sealed record FailingMessageRun(string SubmissionId, KeptForAPerson Kept, int LogLinesAtStart, int LogLinesAtEnd)
{
    public static async Task<FailingMessageRun> RunAsync(HostFixture fixture)
    {
        var start = fixture.Host.Log.Count;
        var submissionId = $"9{Random.Shared.NextInt64(100_000_000, 999_999_999)}";
        var message = new StudentUpsertMessage(HostFixture.DeliveryTargetId, $"no-such-batch-{Guid.NewGuid():N}", [submissionId]);
        var queue = new QueueClient(fixture.StorageConnection, WorkQueues.StudentUpserts, new QueueClientOptions { MessageEncoding = QueueMessageEncoding.Base64 });
        await queue.SendMessageAsync(StudentUpsertMessage.ToJson(message));

        var kept = await Eventually.UntilAsync(
            token => KeptForAPerson.FindAsync(fixture, WorkQueues.StudentUpserts, submissionId, token),
            TimeSpan.FromMinutes(3),
            $"submission {submissionId} kept for a person after its message's last delivery",
            CleanDistrictRun.Diagnostics(fixture));
        return new FailingMessageRun(submissionId, kept, start, fixture.Host.Log.Count);
    }
}
