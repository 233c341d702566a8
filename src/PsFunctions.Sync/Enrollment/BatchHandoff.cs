using PowerSchool.Client.Enrollment;
using PsFunctions.Sync.Batches;

namespace PsFunctions.Sync.Enrollment;

/// <summary>
/// The durable steps of one batch: stored in the batch archive first, then recorded in the ledger as
/// <see cref="BatchState.Stored"/>, then its work enqueued and its events published, and only then marked
/// <see cref="BatchState.Enqueued"/>. A crash anywhere before the mark leaves a batch the next run recovers.
/// </summary>
public sealed class BatchHandoff(IBatchArchive archive, IBatchLedger ledger, BatchEnqueuer enqueuer, TimeProvider time)
{
    internal async Task<(BatchRecord Record, StoredBatch Batch)> StoreAsync(
        string deliveryTargetId, DeliveryBatch batch, CancellationToken cancellationToken)
    {
        var raw = StoredBatch.Serialize(batch);
        await archive.SaveAsync(deliveryTargetId, batch.Id, raw, cancellationToken);
        var now = time.GetUtcNow();
        var record = new BatchRecord(deliveryTargetId, batch.Id, BatchState.Stored, batch.Records.Count, 0, now, now);
        await ledger.SaveAsync(record, cancellationToken);
        return (record, StoredBatch.Parse(raw));
    }

    internal async Task<(int UpsertMessages, int DocumentMessages)> EnqueueAsync(
        BatchRecord record, StoredBatch batch, CancellationToken cancellationToken)
    {
        var sent = await enqueuer.EnqueueAsync(record.DeliveryTargetId, batch, cancellationToken);
        var enqueued = record with
        {
            State = BatchState.Enqueued,
            MessagesEnqueued = sent.UpsertMessages + sent.DocumentMessages,
            UpdatedAt = time.GetUtcNow(),
        };
        await ledger.SaveAsync(enqueued, cancellationToken);
        return sent;
    }
}
