using Microsoft.Extensions.Logging;
using PsFunctions.Sync.Audit;
using PsFunctions.Sync.Concurrency;
using PsFunctions.Sync.Outcomes;

namespace PsFunctions.Sync.Students;

/// <summary>
/// Keeps the audit of the writes the upsert path posts, in an order that survives a crash: before the POST each
/// write that changes something gets a pending entry (its old values from the matched student, its new values); a
/// retry keeps the entry an earlier attempt wrote (it would look the student up again and see the new values only);
/// PowerSchool's success confirms it, a refusal deletes it. A write that changes nothing records nothing.
/// </summary>
internal sealed class UpsertAudit(IAuditStore store, TimeProvider time, ILogger<UpsertAudit> logger)
{
    /// <summary>The writes, each with the audit entry now stored for it (<see cref="PlannedWrite.Audit"/>, null when none).</summary>
    public async Task<IReadOnlyList<PlannedWrite>> RecordPendingAsync(IReadOnlyList<PlannedWrite> writes, CancellationToken cancellationToken)
    {
        var audited = new PlannedWrite[writes.Count];
        await ParallelWrites.ForEachAsync(
            Enumerable.Range(0, writes.Count),
            async (index, token) => audited[index] = writes[index] with { Audit = await PendingAsync(writes[index], token) },
            cancellationToken);
        return audited;
    }

    /// <summary>Confirms the entries of the writes PowerSchool applied, with the student each went to.</summary>
    public Task ConfirmAsync(IReadOnlyList<(PlannedWrite Write, long Dcid)> applied, CancellationToken cancellationToken) =>
        ParallelWrites.ForEachAsync(
            applied.Where(item => item.Write.Audit is not null),
            (item, token) => store.ConfirmAsync(item.Write.Audit!, item.Dcid, time.GetUtcNow(), token),
            cancellationToken);

    /// <summary>Deletes the pending entries of writes PowerSchool refused: they changed nothing.</summary>
    public Task DiscardAsync(IReadOnlyList<PlannedWrite> refused, CancellationToken cancellationToken) =>
        ParallelWrites.ForEachAsync(
            refused.Where(write => write.Audit is { State: AuditState.Pending }),
            async (write, token) =>
            {
                await store.DiscardAsync(write.Audit!, token);
                AuditLog.Discarded(logger, write.Subject.SubmissionId);
            },
            cancellationToken);

    private async Task<AuditEntry?> PendingAsync(PlannedWrite write, CancellationToken cancellationToken)
    {
        // One entry per applied version: a submission delivered again with new content passes the version its event id uses.
        var key = AuditKeys.For(write.Subject.SubmissionId, write.Subject.LaterVersion);
        var changes = UpsertAuditChanges.Of(write);
        var now = time.GetUtcNow();
        // Nothing differs: a first attempt changes nothing, or a retry sees what its first attempt wrote (then its entry is kept).
        var stored = changes.Count == 0
            ? await store.GetAsync(write.Subject.SubmissionId, key, cancellationToken)
            : await store.AddPendingAsync(
                new AuditEntry(key, write.Subject.SubmissionId, SourceOf(write.Subject), write.ReportedAction, write.Write.Dcid, changes, AuditState.Pending, now),
                cancellationToken);
        if (stored is not null && stored.RecordedAt != now)
        {
            AuditLog.KeptEarlierEntry(logger, write.Subject.SubmissionId, stored.Changes.Count);
        }

        return stored;
    }

    private static AuditSource SourceOf(UpsertSubject subject) =>
        subject.DeliveryTargetId.StartsWith(Rejection.WebhookDeliveryTargetPrefix, StringComparison.Ordinal) ? AuditSource.Webhook : AuditSource.Batch;
}
