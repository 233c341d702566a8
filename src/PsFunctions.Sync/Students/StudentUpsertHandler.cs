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
/// A submission whose student another instance is upserting right now (its claim is held) waits: once
/// everything else in the message is done, it goes back on the queue in a new message, visible after
/// <see cref="StudentUpsertOptions.StudentClaimRetryDelay"/> (a fresh message, so waiting never counts
/// towards the poison limit; claims expire, so the wait is bounded).
/// </summary>
internal sealed class StudentUpsertHandler(
    PendingSubmissionReader reader,
    UpsertPlanner planner,
    StudentPoster poster,
    UpsertOutcomeRecorder recorder,
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
        await recorder.RejectExhaustedAsync(message, unapplied, failure, cancellationToken);
        StudentUpsertLog.GivenUp(logger, message.BatchId, unapplied.Count, failure.Attempts, failure.LastError.GetType().Name);
    }

    private async Task ApplyAsync(StudentUpsertMessage message, CancellationToken cancellationToken)
    {
        var work = await reader.ReadAsync(message, cancellationToken);
        StudentUpsertLog.MessageRead(logger, message.BatchId, work.Pending.Count, work.AlreadyDone);
        await recorder.RejectAsync(
            [.. work.Missing.Select(subject => (subject, (IReadOnlyList<RejectionReason>)[MissingFromBatch]))], cancellationToken);
        await using var claimSet = new StudentClaimSet(claims, time, options.Value.StudentClaimDuration);
        var waiting = new List<string>();
        var pending = work.Pending;
        while (pending.Count > 0)
        {
            var plan = await planner.PlanAsync(message.DeliveryTargetId, pending, claimSet, cancellationToken);
            foreach (var (subject, reasons) in plan.Rejected)
            {
                StudentUpsertLog.Rejected(logger, subject.SubmissionId, reasons.Count);
            }

            await recorder.RejectAsync(plan.Rejected, cancellationToken);
            var (writes, lost) = await KeepClaimedAsync(message, plan.Writes, pending, claimSet, cancellationToken);
            await poster.PostAsync(writes, cancellationToken);
            waiting.AddRange(plan.Waiting.Select(submission => submission.Subject.SubmissionId));
            pending = [.. plan.Deferred, .. lost];
        }

        if (waiting.Count > 0)
        {
            var later = message with { SubmissionIds = waiting };
            await queue.SendAsync(later, options.Value.StudentClaimRetryDelay, cancellationToken);
            StudentUpsertLog.WaitingForClaims(logger, message.BatchId, waiting.Count);
        }
    }

    // A slow handling can outlive its claims; another instance may have taken one since and inserted the same child.
    // Right before the POST every INSERT's claims are renewed: a lost one sends its submission back to planning,
    // which claims again (or waits) and looks the student up again. UPDATEs name their DCID and need no claim.
    private async Task<(IReadOnlyList<PlannedWrite> Writes, IReadOnlyList<PendingSubmission> Lost)> KeepClaimedAsync(
        StudentUpsertMessage message, IReadOnlyList<PlannedWrite> writes, IReadOnlyList<PendingSubmission> pending,
        StudentClaimSet claimSet, CancellationToken cancellationToken)
    {
        var inserts = writes.Where(write => write.Write.Action == StudentWriteAction.Insert).Select(write => write.Subject.SubmissionId);
        var lost = await claimSet.RenewAsync(inserts, cancellationToken);
        if (lost.Count == 0)
        {
            return (writes, []);
        }

        StudentUpsertLog.ClaimsLost(logger, message.BatchId, lost.Count);
        return ([.. writes.Where(write => !lost.Contains(write.Subject.SubmissionId))],
            [.. pending.Where(submission => lost.Contains(submission.Subject.SubmissionId))]);
    }

    private static readonly RejectionReason MissingFromBatch =
        new("submission", "is not in the stored batch the message names", "work messages reference records of their stored batch");
}
