using PsFunctions.Sync.Events;
using PsFunctions.Sync.Messaging;
using PsFunctions.Sync.Outcomes;

namespace PsFunctions.Sync.Students;

/// <summary>
/// Keeps what could not be applied for a person: each rejected submission in the rejection store, its
/// <c>student.rejected</c> event, then the ledger's Rejected (so a crash in between stores and publishes again, never
/// loses it). A submission's earlier open rejection is superseded first when this is new content.
/// </summary>
internal sealed class UpsertRejectionRecorder(
    IUpsertLedger ledger, IRejectionStore rejections, IEventPublisher events, RejectionSupersession supersession, TimeProvider time)
{
    public async Task RejectAsync(IReadOnlyList<(UpsertSubject Subject, IReadOnlyList<RejectionReason> Reasons)> rejected, CancellationToken cancellationToken)
    {
        if (rejected.Count == 0)
        {
            return;
        }

        await supersession.SupersedeAsync(rejected.Select(item => item.Subject), cancellationToken);
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
            await ledger.SaveAsync(UpsertLedgerEntry.For(subject, UpsertState.Rejected, null, null, time.GetUtcNow()), cancellationToken);
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
}
