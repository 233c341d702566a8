using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using PsFunctions.Sync.Enrollment;
using PsFunctions.Sync.Messaging;

namespace PsFunctions.Sync.Students;

/// <summary>
/// Applies one <c>student-upserts</c> work message: each submission of it becomes exactly one SIS INSERT or
/// UPDATE, or a rejection kept for a person. Transient failures (PowerSchool unavailable, outcome unknown,
/// storage or event errors) are thrown so the queue delivers the message again; on the last delivery
/// (<see cref="StudentUpsertOptions.MaxDequeueCount"/>) the unapplied submissions are written to the
/// rejection store before the exception goes on to the host, which moves the message to the poison queue.
/// A submission whose student another instance is upserting right now (its claim is held) waits: once
/// everything else in the message is done, it goes back on the queue in a new message, visible after
/// <see cref="StudentUpsertOptions.StudentClaimRetryDelay"/> (a fresh message, so waiting never counts
/// towards the poison limit; claims expire, so the wait is bounded).
/// </summary>
public sealed class StudentUpsertHandler
{
    private readonly PendingSubmissionReader _reader;
    private readonly UpsertPlanner _planner;
    private readonly StudentPoster _poster;
    private readonly UpsertOutcomeRecorder _recorder;
    private readonly IStudentClaims _claims;
    private readonly IWorkQueue _queue;
    private readonly TimeProvider _time;
    private readonly IOptions<StudentUpsertOptions> _options;
    private readonly ILogger<StudentUpsertHandler> _logger;

    internal StudentUpsertHandler(
        PendingSubmissionReader reader,
        UpsertPlanner planner,
        StudentPoster poster,
        UpsertOutcomeRecorder recorder,
        IStudentClaims claims,
        IWorkQueue queue,
        TimeProvider time,
        IOptions<StudentUpsertOptions> options,
        ILogger<StudentUpsertHandler> logger)
    {
        _reader = reader;
        _planner = planner;
        _poster = poster;
        _recorder = recorder;
        _claims = claims;
        _queue = queue;
        _time = time;
        _options = options;
        _logger = logger;
    }

    /// <summary>Applies <paramref name="message"/>; <paramref name="dequeueCount"/> is the queue's delivery count (1 on the first delivery).</summary>
    public async Task HandleAsync(StudentUpsertMessage message, int dequeueCount, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(message);
        ArgumentException.ThrowIfNullOrWhiteSpace(message.DeliveryTargetId);
        ArgumentException.ThrowIfNullOrWhiteSpace(message.BatchId);
        ArgumentOutOfRangeException.ThrowIfLessThan(dequeueCount, 1);
        try
        {
            await ApplyAsync(message, cancellationToken);
        }
        catch (Exception ex) when (_options.Value.IsLastDelivery(dequeueCount) && !cancellationToken.IsCancellationRequested)
        {
            var unapplied = await _reader.ReadUnappliedIdsAsync(message, cancellationToken);
            await _recorder.RejectExhaustedAsync(message, unapplied, dequeueCount, ex, cancellationToken);
            StudentUpsertLog.GivenUp(_logger, message.BatchId, unapplied.Count, dequeueCount, ex.GetType().Name);
            throw;
        }
    }

    private async Task ApplyAsync(StudentUpsertMessage message, CancellationToken cancellationToken)
    {
        var work = await _reader.ReadAsync(message, cancellationToken);
        StudentUpsertLog.MessageRead(_logger, message.BatchId, work.Pending.Count, work.AlreadyDone);
        await _recorder.RejectAsync(
            [.. work.Missing.Select(subject => (subject, (IReadOnlyList<RejectionReason>)[MissingFromBatch]))], cancellationToken);
        await using var claims = new StudentClaimSet(_claims, _time, _options.Value.StudentClaimDuration);
        var waiting = new List<string>();
        var pending = work.Pending;
        while (pending.Count > 0)
        {
            var plan = await _planner.PlanAsync(message.DeliveryTargetId, pending, claims, cancellationToken);
            foreach (var (subject, reasons) in plan.Rejected)
            {
                StudentUpsertLog.Rejected(_logger, subject.SubmissionId, reasons.Count);
            }

            await _recorder.RejectAsync(plan.Rejected, cancellationToken);
            await _poster.PostAsync(plan.Writes, cancellationToken);
            waiting.AddRange(plan.Waiting.Select(submission => submission.Subject.SubmissionId));
            pending = plan.Deferred;
        }

        if (waiting.Count > 0)
        {
            var later = message with { SubmissionIds = waiting };
            await _queue.EnqueueAsync(
                WorkQueues.StudentUpserts, WorkMessageJson.Serialize(later), _options.Value.StudentClaimRetryDelay, cancellationToken);
            StudentUpsertLog.WaitingForClaims(_logger, message.BatchId, waiting.Count);
        }
    }

    private static readonly RejectionReason MissingFromBatch =
        new("submission", "is not in the stored batch the message names", "work messages reference records of their stored batch");
}
