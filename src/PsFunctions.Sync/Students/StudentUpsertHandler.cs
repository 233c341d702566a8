using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using PowerSchool.Client.Sis.Students;
using PsFunctions.Sync.Messaging;
using PsFunctions.Sync.Outcomes;

namespace PsFunctions.Sync.Students;

/// <summary>
/// Applies one <c>student-upserts</c> work message: each submission of it becomes exactly one SIS INSERT or
/// UPDATE, or a rejection kept for a person. Failures are thrown: an outage (PowerSchool unavailable, outcome
/// unknown) puts the message back later (<see cref="WorkDeferral"/>; the ledger's Posting entries make the next
/// attempt look each student up, never insert again), anything else makes the queue deliver it again. When the
/// message is given up (its last delivery failed, or its deferrals ran out) the unapplied submissions are written
/// to the rejection store.
/// A submission another handling holds (another version of it, or its student being inserted by another instance)
/// waits: once everything else in the message is done, it goes back on the queue in a new message, visible after
/// <see cref="StudentUpsertOptions.StudentClaimRetryDelay"/> (a fresh message, so waiting never counts
/// towards the poison limit; claims expire, so the wait is bounded).
/// </summary>
internal sealed class StudentUpsertHandler(
    PendingSubmissionReader reader,
    UpsertPlanner planner,
    StudentPoster poster,
    UpsertRejectionRecorder rejector,
    IStudentClaims claims,
    IWorkQueue queue,
    TimeProvider time,
    IOptions<StudentUpsertOptions> options,
    ILogger<StudentUpsertHandler> logger) : IWorkHandler<StudentUpsertMessage>
{
    /// <summary>Applies <paramref name="message"/> on one of its deliveries.</summary>
    public Task HandleAsync(StudentUpsertMessage message, WorkDelivery delivery, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(message);
        ArgumentException.ThrowIfNullOrWhiteSpace(message.DeliveryTargetId);
        ArgumentException.ThrowIfNullOrWhiteSpace(message.BatchId);
        return ApplyAsync(message, cancellationToken);
    }

    /// <summary>The message is given up: keeps each unapplied submission in the rejection store.</summary>
    public async Task OnLastDeliveryFailedAsync(StudentUpsertMessage message, WorkFailure failure, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        ArgumentNullException.ThrowIfNull(failure);
        if (string.IsNullOrWhiteSpace(message.DeliveryTargetId) || string.IsNullOrWhiteSpace(message.BatchId))
        {
            // A malformed message names no batch: nothing to keep but the poison message itself.
            return;
        }

        var unapplied = await reader.ReadUnappliedIdsAsync(message, cancellationToken);
        await rejector.RejectExhaustedAsync(message, unapplied, failure, cancellationToken);
        StudentUpsertLog.GivenUp(logger, message.BatchId, unapplied.Count, failure.Attempts, failure.LastError.GetType().Name);
    }

    private async Task ApplyAsync(StudentUpsertMessage message, CancellationToken cancellationToken)
    {
        await using var claimSet = new StudentClaimSet(claims, time, options.Value.StudentClaimDuration);

        // Each submission's own claim before its ledger entries are read: a version read after another handling let go
        // of the submission sees what that handling recorded (a later version applied → this one is out of date).
        var held = await claimSet.TryClaimSubmissionsAsync(message.SubmissionIds, cancellationToken);
        var waiting = message.SubmissionIds.Distinct(StringComparer.Ordinal).Where(id => !held.Contains(id)).ToList();
        var work = await reader.ReadAsync(message with { SubmissionIds = [.. held] }, cancellationToken);
        StudentUpsertLog.MessageRead(logger, message.BatchId, work.Pending.Count, work.AlreadyDone);
        await rejector.RejectAsync(
            [.. work.Missing.Select(subject => (subject, (IReadOnlyList<RejectionReason>)[MissingFromBatch]))], cancellationToken);
        var pending = work.Pending;
        while (pending.Count > 0)
        {
            var plan = await planner.PlanAsync(message.DeliveryTargetId, pending, claimSet, cancellationToken);
            foreach (var (subject, reasons) in plan.Rejected)
            {
                StudentUpsertLog.Rejected(logger, subject.SubmissionId, reasons.Count);
            }

            await rejector.RejectAsync(plan.Rejected, cancellationToken);
            var (writes, renewal) = await KeepClaimedAsync(message, plan.Writes, claimSet, cancellationToken);
            await poster.PostAsync(writes, cancellationToken);
            waiting.AddRange(plan.Waiting.Select(submission => submission.Subject.SubmissionId));
            waiting.AddRange(renewal.SubmissionLost);
            pending = [.. plan.Deferred, .. pending.Where(submission => renewal.IdentityLost.Contains(submission.Subject.SubmissionId))];
        }

        if (waiting.Count > 0)
        {
            var later = message with { SubmissionIds = waiting };
            await queue.SendAsync(later, options.Value.StudentClaimRetryDelay, cancellationToken);
            StudentUpsertLog.WaitingForClaims(logger, message.BatchId, waiting.Count);
        }
    }

    // A slow handling can outlive its claims; another instance may have taken one since (and inserted the same child,
    // or applied a later version of the submission). Right before the POST every write's claims are renewed; a lost one
    // keeps its write out of this POST (ClaimRenewal says where it goes instead).
    private async Task<(IReadOnlyList<PlannedWrite> Writes, ClaimRenewal Renewal)> KeepClaimedAsync(
        StudentUpsertMessage message, IReadOnlyList<PlannedWrite> writes, StudentClaimSet claimSet, CancellationToken cancellationToken)
    {
        var renewal = await claimSet.RenewAsync(writes.Select(write => write.Subject.SubmissionId), cancellationToken);
        if (renewal.Count == 0)
        {
            return (writes, renewal);
        }

        StudentUpsertLog.ClaimsLost(logger, message.BatchId, renewal.Count);
        return ([.. writes.Where(write => !renewal.Contains(write.Subject.SubmissionId))], renewal);
    }

    private static readonly RejectionReason MissingFromBatch =
        new("submission", "is not in the stored batch the message names", "work messages reference records of their stored batch");
}
