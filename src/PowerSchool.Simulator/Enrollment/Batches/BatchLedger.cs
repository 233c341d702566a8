using Microsoft.Extensions.Options;
using PowerSchool.Simulator.Enrollment.State;
using PowerSchool.Simulator.Enrollment.Submissions;

namespace PowerSchool.Simulator.Enrollment.Batches;

/// <summary>
/// Creates, lists and resets delivery batches. A submission is delivered by exactly one open batch until
/// that batch is reset; every delivery and reset is written to the delivery history.
/// </summary>
public sealed class BatchLedger(EnrollmentStore store, TimeProvider time, IOptions<EnrollmentOptions> options, ILogger<BatchLedger> logger)
{
    /// <summary>Moves every approved submission of the target that no batch holds into a new batch.</summary>
    public BatchResponse CreateBatch(string deliveryTargetId)
    {
        var now = Generation.SubmissionGenerator.TruncateToSeconds(time.GetUtcNow());
        var (batch, records) = store.Use(state =>
        {
            var available = state.Submissions.Values
                .Where(submission => submission.DeliveryTargetId == deliveryTargetId
                    && submission.Status == SubmissionStatus.Approved
                    && submission.DeliveredInBatch is null)
                .ToList();
            var created = new DeliveryBatch(Guid.NewGuid(), deliveryTargetId, now, available.Select(submission => submission.Id).ToList(), AutoOpen: options.Value.CreatedBatchesAutoOpen);
            state.Batches.Add(created);
            foreach (var submission in available)
            {
                state.Put(submission with { DeliveredInBatch = created.Id, DeliveryCount = submission.DeliveryCount + 1 });
                state.History.Add(new DeliveryEvent(now, DeliveryEventKind.Delivered, created.Id, deliveryTargetId, submission.Id));
            }

            return (created, available.Select(submission => DeliveryRecord.From(submission, options.Value.RecordStyle)).ToList());
        });
        logger.BatchCreated(batch.Id, deliveryTargetId, records.Count);
        return BatchResponse.From(batch, records);
    }

    /// <summary>Batches of the target created on or after <paramref name="since"/> (UTC date), oldest first.</summary>
    public IReadOnlyList<BatchResponse> GetBatches(string deliveryTargetId, DateOnly? since, bool autoOpenOnly) =>
        store.Use(state => state.Batches
            .Where(batch => batch.DeliveryTargetId == deliveryTargetId)
            .Where(batch => since is null || DateOnly.FromDateTime(batch.Date.UtcDateTime) >= since)
            .Where(batch => !autoOpenOnly || batch.AutoOpen)
            .Select(batch => BatchResponse.From(batch, []))
            .ToList());

    /// <summary>Makes the batch's submissions available again and closes it; false when the target has no such batch.</summary>
    public bool ResetBatch(string deliveryTargetId, Guid batchId)
    {
        var now = time.GetUtcNow();
        var reset = store.Use(state =>
        {
            var index = state.Batches.FindIndex(batch => batch.Id == batchId && batch.DeliveryTargetId == deliveryTargetId);
            if (index < 0)
            {
                return (int?)null;
            }

            state.Batches[index] = state.Batches[index] with { AutoOpen = false };
            var held = state.Submissions.Values.Where(submission => submission.DeliveredInBatch == batchId).ToList();
            foreach (var submission in held)
            {
                state.Put(submission with { DeliveredInBatch = null });
                state.History.Add(new DeliveryEvent(now, DeliveryEventKind.Reset, batchId, deliveryTargetId, submission.Id));
            }

            return held.Count;
        });
        if (reset is { } count)
        {
            logger.BatchReset(batchId, count);
        }

        return reset is not null;
    }
}
