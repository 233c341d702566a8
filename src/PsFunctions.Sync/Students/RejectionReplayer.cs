using PsFunctions.Sync.Messaging;
using PsFunctions.Sync.Outcomes;

namespace PsFunctions.Sync.Students;

/// <summary>
/// Sends a rejected submission through the upsert flow again, after a person fixed what it was rejected for
/// (added the school, merged duplicate students, corrected the SIS). The record is read again from the stored
/// batch of the submission's latest delivered version (which may be later than the rejected one); matching runs again
/// against the SIS as it is now. A rejected webhook command has no stored batch:
/// replaying it is refused, and its sender sends the command again. A refused document is queued for mirroring again.
/// </summary>
public sealed class RejectionReplayer(IRejectionStore rejections, IUpsertLedger ledger, IWorkQueue queue, TimeProvider time)
{
    /// <summary>Queues the submission again and marks its rejection resolved; false when nothing awaits replay.</summary>
    public async Task<bool> ReplayAsync(string submissionId, CancellationToken cancellationToken = default) =>
        await ReplayLatestAsync(submissionId, cancellationToken) is not null;

    /// <summary>
    /// Queues the latest delivered version of the submission again (the batch it came in, which may be later than the
    /// rejected one) and marks its rejection resolved; null when nothing awaits replay.
    /// </summary>
    public async Task<ReplayedRejection?> ReplayLatestAsync(string submissionId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(submissionId);
        var rejection = await rejections.GetAsync(submissionId, cancellationToken);
        if (rejection is null || rejection.Resolved)
        {
            return null;
        }

        if (rejection.IsDocument)
        {
            // A refused document: its one-document mirror message goes to the queue again, under the rules as they are now.
            await queue.SendAsync(DocumentMirrorMessage.Parse(rejection.RecordJson), cancellationToken: cancellationToken);
            await rejections.MarkResolvedAsync(submissionId, cancellationToken);
            return new ReplayedRejection(submissionId, rejection.DeliveryTargetId, rejection.BatchId, false);
        }

        if (rejection.IsWebhookCommand)
        {
            throw new InvalidOperationException(
                $"Rejection {submissionId} is of a webhook command from {rejection.DeliveryTargetId}; it has no stored batch to replay from. Ask the sender to send the command again.");
        }

        if (rejection.IsUnreadableRecord)
        {
            throw new InvalidOperationException(
                $"Rejection {submissionId} is of a batch record intake could not read; it cannot be replayed. Correct the submission in Enrollment and deliver it again.");
        }

        var replayed = await MarkLatestPostingAsync(rejection, cancellationToken);
        var message = new StudentUpsertMessage(replayed.DeliveryTargetId, replayed.BatchId, [submissionId]);
        await queue.SendAsync(message, cancellationToken: cancellationToken);
        await rejections.MarkResolvedAsync(submissionId, cancellationToken);
        return replayed;
    }

    // Posting means "outcome unknown" to the upsert handler: it looks the student up before any INSERT,
    // so a replay can update or insert but never create a second student.
    private async Task<ReplayedRejection> MarkLatestPostingAsync(Rejection rejection, CancellationToken cancellationToken)
    {
        var versions = new SubmissionVersions(await ledger.GetVersionsAsync(rejection.SubmissionId, cancellationToken));
        var now = time.GetUtcNow();
        if (versions.Latest is { BatchId: { } batchId } latest)
        {
            await ledger.SaveAsync(latest with { State = UpsertState.Posting, Action = null, UpdatedAt = now }, cancellationToken);
            var target = latest.DeliveryTargetId ?? rejection.DeliveryTargetId;
            return new ReplayedRejection(rejection.SubmissionId, target, batchId, !string.Equals(batchId, rejection.BatchId, StringComparison.Ordinal));
        }

        // No version knows its batch (an entry from before versions, or none): the rejected batch, as before.
        var entry = versions.Unversioned;
        await ledger.SaveAsync(
            new UpsertLedgerEntry(rejection.SubmissionId, entry?.ClientUid ?? rejection.SubmissionId, UpsertState.Posting, null, null, now),
            cancellationToken);
        return new ReplayedRejection(rejection.SubmissionId, rejection.DeliveryTargetId, rejection.BatchId, false);
    }
}
