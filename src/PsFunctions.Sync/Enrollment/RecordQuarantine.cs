using Microsoft.Extensions.Logging;
using PsFunctions.Sync.Batches;
using PsFunctions.Sync.Outcomes;

namespace PsFunctions.Sync.Enrollment;

/// <summary>
/// Keeps each record of a stored batch that cannot be read as a rejection (<see cref="Rejection.UnreadableRecordKey"/>,
/// the record as sent, the field and the rule), so the rest of the batch goes on. Saving again replaces it: a
/// recovered batch quarantines the same records under the same keys.
/// </summary>
public sealed class RecordQuarantine(IRejectionStore rejections, TimeProvider time, ILogger<RecordQuarantine> logger)
{
    internal async Task<int> QuarantineAsync(string deliveryTargetId, StoredBatch batch, CancellationToken cancellationToken)
    {
        foreach (var record in batch.Unreadable)
        {
            var key = Rejection.UnreadableRecordKey(batch.BatchId, record.Index);
            await rejections.SaveAsync(
                new Rejection(key, deliveryTargetId, batch.BatchId, record.Record.GetRawText(), [record.Reason], time.GetUtcNow()),
                cancellationToken);
            IntakeLog.RecordQuarantined(logger, deliveryTargetId, batch.BatchId, record.Index, record.SubmissionId ?? "(none)", record.Reason.Field);
        }

        return batch.Unreadable.Count;
    }
}
