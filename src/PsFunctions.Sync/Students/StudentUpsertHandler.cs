using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace PsFunctions.Sync.Students;

/// <summary>
/// Applies one <c>student-upserts</c> work message: each submission of it becomes exactly one SIS INSERT or
/// UPDATE, or a rejection kept for a person. Transient failures (PowerSchool unavailable, outcome unknown,
/// storage or event errors) are thrown so the queue delivers the message again; on the last delivery
/// (<see cref="StudentUpsertOptions.MaxDequeueCount"/>) the unapplied submissions are written to the
/// rejection store before the exception goes on to the host, which moves the message to the poison queue.
/// </summary>
public sealed class StudentUpsertHandler
{
    private readonly PendingSubmissionReader _reader;
    private readonly UpsertPlanner _planner;
    private readonly StudentPoster _poster;
    private readonly UpsertOutcomeRecorder _recorder;
    private readonly IOptions<StudentUpsertOptions> _options;
    private readonly ILogger<StudentUpsertHandler> _logger;

    internal StudentUpsertHandler(
        PendingSubmissionReader reader,
        UpsertPlanner planner,
        StudentPoster poster,
        UpsertOutcomeRecorder recorder,
        IOptions<StudentUpsertOptions> options,
        ILogger<StudentUpsertHandler> logger)
    {
        _reader = reader;
        _planner = planner;
        _poster = poster;
        _recorder = recorder;
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
        catch (Exception ex) when (dequeueCount >= _options.Value.MaxDequeueCount && !cancellationToken.IsCancellationRequested)
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
        var pending = work.Pending;
        while (pending.Count > 0)
        {
            var plan = await _planner.PlanAsync(message.DeliveryTargetId, pending, cancellationToken);
            foreach (var (subject, reasons) in plan.Rejected)
            {
                StudentUpsertLog.Rejected(_logger, subject.SubmissionId, reasons.Count);
            }

            await _recorder.RejectAsync(plan.Rejected, cancellationToken);
            await _poster.PostAsync(plan.Writes, cancellationToken);
            pending = plan.Deferred;
        }
    }

    private static readonly RejectionReason MissingFromBatch =
        new("submission", "is not in the stored batch the message names", "work messages reference records of their stored batch");
}
