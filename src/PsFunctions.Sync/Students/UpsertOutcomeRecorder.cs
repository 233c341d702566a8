using Microsoft.Extensions.Logging;
using PsFunctions.Sync.Concurrency;
using PsFunctions.Sync.Events;
using PsFunctions.Sync.Messaging;
using PsFunctions.Sync.Outcomes;

namespace PsFunctions.Sync.Students;

/// <summary>
/// Writes what happened to each submission, in an order that survives a crash between any two steps:
/// the ledger says Posting before a POST; events go out before the ledger says Succeeded/Rejected (a
/// retry then re-publishes with the same event id, a duplicate, instead of losing the event). Ledger rows
/// (one partition per submission) of one step are written several at a time; the step is done when all are.
/// An applied write's attention items are kept before its events (their ids are derived, so a retry adds nothing new)
/// and published with them as <c>student.attention</c>. The audit of what a write changes (<see cref="UpsertAudit"/>) is
/// pending before the POST and confirmed before the events.
/// </summary>
internal sealed class UpsertOutcomeRecorder(
    IUpsertLedger ledger, IRejectionStore rejections, IEventPublisher events, UpsertAudit audit, IAttentionStore attention,
    TimeProvider time, ILogger<UpsertOutcomeRecorder> logger)
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
        await SupersedeAsync([.. applied.Select(item => item.Write.Subject)], cancellationToken);
        await ParallelWrites.ForEachAsync(applied, (item, token) =>
            ledger.SaveAsync(Entry(item.Write.Subject, UpsertState.Succeeded, item.Write.ReportedAction, item.Dcid), token), cancellationToken);
    }

    public async Task RejectAsync(IReadOnlyList<(UpsertSubject Subject, IReadOnlyList<RejectionReason> Reasons)> rejected, CancellationToken cancellationToken)
    {
        if (rejected.Count == 0)
        {
            return;
        }

        await SupersedeAsync([.. rejected.Select(item => item.Subject)], cancellationToken);
        var now = time.GetUtcNow();
        var stored = rejected
            .Select(item => new Rejection(
                item.Subject.SubmissionId, item.Subject.DeliveryTargetId, item.Subject.BatchId, item.Subject.RecordJson, item.Reasons, now))
            .ToList();
        foreach (var rejection in stored)
        {
            await rejections.SaveAsync(rejection, cancellationToken);
        }

        await events.PublishAsync([.. stored.Select(UpsertEvents.Rejected)], cancellationToken);
        foreach (var (subject, _) in rejected)
        {
            await ledger.SaveAsync(Entry(subject, UpsertState.Rejected, null, null), cancellationToken);
        }
    }

    /// <summary>
    /// A message is given up (<paramref name="failure"/>): keeps each unapplied submission in the rejection store with
    /// the failure's problem and rule (no student data; the record stays in the batch archive) and publishes its
    /// <c>student.rejected</c> event. The ledger is left as it is, so replaying looks each student up again.
    /// </summary>
    public Task RejectExhaustedAsync(
        StudentUpsertMessage message, IEnumerable<string> submissionIds, WorkFailure failure, CancellationToken cancellationToken) =>
        RejectExhaustedAsync(message.DeliveryTargetId, message.BatchId, submissionIds, failure, cancellationToken);

    /// <summary>
    /// The same for work that is not a batch message (a webhook <c>student.update</c> command):
    /// <paramref name="deliveryTargetId"/> and <paramref name="batchId"/> say where the submissions came from.
    /// </summary>
    public async Task RejectExhaustedAsync(
        string deliveryTargetId, string batchId, IEnumerable<string> submissionIds, WorkFailure failure, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(failure);
        var reason = new RejectionReason("message", failure.Problem, failure.Rule);
        var now = time.GetUtcNow();
        var stored = submissionIds.Select(id => new Rejection(id, deliveryTargetId, batchId, "{}", [reason], now)).ToList();
        foreach (var rejection in stored)
        {
            await rejections.SaveAsync(rejection, cancellationToken);
        }

        if (stored.Count > 0)
        {
            await events.PublishAsync([.. stored.Select(UpsertEvents.Rejected)], cancellationToken);
        }
    }

    // New content of a submission settles its earlier open rejection (of another batch): kept as superseded, no longer awaiting.
    // Before the ledger says done, so a crash in between supersedes again on the retry (a no-op then).
    private async Task SupersedeAsync(IReadOnlyList<UpsertSubject> subjects, CancellationToken cancellationToken)
    {
        foreach (var subject in subjects.Where(subject => subject.Resubmitted))
        {
            if (await rejections.SupersedeAsync(subject.SubmissionId, subject.BatchId, cancellationToken))
            {
                ResubmissionLog.RejectionSuperseded(logger, subject.SubmissionId, subject.BatchId);
            }
        }
    }

    // The first version of a submission keeps the event id it always had; a later version is a new fact with its own id.

    private UpsertLedgerEntry Entry(UpsertSubject subject, UpsertState state, string? action, long? dcid) =>
        new(subject.SubmissionId, subject.SubmissionId, state, action, dcid, time.GetUtcNow(),
            subject.Version?.Fingerprint, subject.Version?.DeliveryTargetId, subject.Version?.BatchId, subject.Version?.DeliveredAt);
}
