using PsFunctions.Sync.Messaging;
using PsFunctions.Sync.Outcomes;

namespace PsFunctions.Sync.Students;

/// <summary>
/// Sends a rejected submission through the upsert flow again, after a person fixed what it was rejected for
/// (added the school, merged duplicate students, corrected the SIS). The record is read again from the stored
/// batch; matching runs again against the SIS as it is now. A rejected webhook command has no stored batch:
/// replaying it is refused, and its sender sends the command again. A refused document is queued for mirroring again.
/// </summary>
public sealed class RejectionReplayer(IRejectionStore rejections, IUpsertLedger ledger, IWorkQueue queue, TimeProvider time)
{
    /// <summary>Queues the submission again and marks its rejection resolved; false when nothing awaits replay.</summary>
    public async Task<bool> ReplayAsync(string submissionId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(submissionId);
        var rejection = await rejections.GetAsync(submissionId, cancellationToken);
        if (rejection is null || rejection.Resolved)
        {
            return false;
        }

        if (rejection.IsDocument)
        {
            // A refused document: its one-document mirror message goes to the queue again, under the rules as they are now.
            await queue.SendAsync(DocumentMirrorMessage.Parse(rejection.RecordJson), cancellationToken: cancellationToken);
            await rejections.MarkResolvedAsync(submissionId, cancellationToken);
            return true;
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

        // Posting means "outcome unknown" to the upsert handler: it looks the student up before any INSERT,
        // so a replay can update or insert but never create a second student.
        var entry = await ledger.GetAsync(submissionId, cancellationToken);
        await ledger.SaveAsync(
            new UpsertLedgerEntry(submissionId, entry?.ClientUid ?? submissionId, UpsertState.Posting, null, null, time.GetUtcNow()),
            cancellationToken);
        var message = new StudentUpsertMessage(rejection.DeliveryTargetId, rejection.BatchId, [submissionId]);
        await queue.SendAsync(message, cancellationToken: cancellationToken);
        await rejections.MarkResolvedAsync(submissionId, cancellationToken);
        return true;
    }
}
