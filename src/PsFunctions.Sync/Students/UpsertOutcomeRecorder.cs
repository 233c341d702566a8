using PsFunctions.Sync.Concurrency;
using PsFunctions.Sync.Events;
using PsFunctions.Sync.Outcomes;

namespace PsFunctions.Sync.Students;

/// <summary>
/// Writes what happened to each applied write, in an order that survives a crash between any two steps:
/// the ledger says Posting before a POST; events go out before the ledger says Succeeded/Rejected (a
/// retry then re-publishes with the same event id, a duplicate, instead of losing the event). Ledger rows
/// (one partition per submission) of one step are written several at a time; the step is done when all are.
/// An applied write's attention items are kept before its events (their ids are derived, so a retry adds nothing new)
/// and published with them as <c>student.attention</c>. The audit of what a write changes (<see cref="UpsertAudit"/>) is
/// pending before the POST and confirmed before the events. Rejections are <see cref="UpsertRejectionRecorder"/>'s.
/// </summary>
internal sealed class UpsertOutcomeRecorder(
    IUpsertLedger ledger, IEventPublisher events, UpsertAudit audit, IAttentionStore attention, RejectionSupersession supersession,
    TimeProvider time)
{
    /// <summary>Before the POST: the audit entries and the ledger's Posting marks. Returns the writes with their audit entries.</summary>
    public async Task<IReadOnlyList<PlannedWrite>> MarkPostingAsync(IReadOnlyList<PlannedWrite> writes, CancellationToken cancellationToken)
    {
        // Independent writes, both done before the POST.
        var audited = audit.RecordPendingAsync(writes, cancellationToken);
        var posting = ParallelWrites.ForEachAsync(writes, (write, token) =>
            ledger.SaveAsync(Entry(write.Subject, UpsertState.Posting, write.ReportedAction, write.Write.Dcid), token), cancellationToken);
        await Task.WhenAll(audited, posting);
        return await audited;
    }

    /// <summary>PowerSchool refused these writes: their pending audit entries go (they changed nothing).</summary>
    public Task RefusedAsync(IReadOnlyList<PlannedWrite> refused, CancellationToken cancellationToken) =>
        audit.DiscardAsync(refused, cancellationToken);

    public async Task SucceededAsync(IReadOnlyList<(PlannedWrite Write, long Dcid)> applied, CancellationToken cancellationToken)
    {
        if (applied.Count == 0)
        {
            return;
        }

        await audit.ConfirmAsync(applied, cancellationToken);
        var now = time.GetUtcNow();
        var items = applied.SelectMany(item => item.Write.Attention.Select(field => field.ToItem(item.Write.Subject, item.Dcid, now))).ToList();
        await ParallelWrites.ForEachAsync(items, (item, token) => attention.AddAsync(item, token), cancellationToken);
        await events.PublishAsync(
            [.. applied.Select(item => UpsertEvents.Upserted(
                item.Write.Subject.SubmissionId, item.Dcid, item.Write.ReportedAction, item.Write.Audit?.ChangedFields ?? [], now,
                item.Write.Subject.LaterVersion)),
                .. items.Select(AttentionEvents.Raised)],
            cancellationToken);
        await supersession.SupersedeAsync(applied.Select(item => item.Write.Subject), cancellationToken);
        await ParallelWrites.ForEachAsync(applied, (item, token) =>
            ledger.SaveAsync(Entry(item.Write.Subject, UpsertState.Succeeded, item.Write.ReportedAction, item.Dcid), token), cancellationToken);
    }

    private UpsertLedgerEntry Entry(UpsertSubject subject, UpsertState state, string? action, long? dcid) =>
        UpsertLedgerEntry.For(subject, state, action, dcid, time.GetUtcNow());
}
