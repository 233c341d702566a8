using System.Globalization;
using PsFunctions.Sync.Batches;

namespace PsFunctions.Sync.Enrollment;

/// <summary>
/// The durable steps of one batch: its createbatch bytes stored in the batch archive first, then recorded in the ledger as
/// <see cref="BatchState.Stored"/>, then its unreadable records quarantined, its work enqueued and its events published,
/// and only then marked <see cref="BatchState.Enqueued"/>. A crash anywhere before the mark leaves a batch the next run recovers.
/// </summary>
public sealed class BatchHandoff(IBatchArchive archive, IBatchLedger ledger, RecordQuarantine quarantine, BatchEnqueuer enqueuer, TimeProvider time)
{
    public const string UnreadablePrefix = "unreadable-";

    internal async Task<(BatchRecord Record, StoredBatch Batch)> StoreAsync(
        string deliveryTargetId, string batchId, int recordCount, ReadOnlyMemory<byte> raw, CancellationToken cancellationToken)
    {
        await archive.SaveAsync(deliveryTargetId, batchId, raw, cancellationToken);
        var now = time.GetUtcNow();
        var record = new BatchRecord(deliveryTargetId, batchId, BatchState.Stored, recordCount, 0, now, now);
        await ledger.SaveAsync(record, cancellationToken);
        return (record, StoredBatch.Parse(raw));
    }

    /// <summary>Keeps a createbatch answer that is not a batch with an id, under a name of its own; returns the name.</summary>
    internal async Task<string> KeepUnreadableAsync(string deliveryTargetId, ReadOnlyMemory<byte> raw, CancellationToken cancellationToken)
    {
        var name = UnreadablePrefix + time.GetUtcNow().UtcDateTime.ToString("yyyyMMdd'T'HHmmssfffffff'Z'", CultureInfo.InvariantCulture);
        await archive.SaveAsync(deliveryTargetId, name, raw, cancellationToken);
        return name;
    }

    internal async Task<(int UpsertMessages, int DocumentMessages, int Quarantined)> EnqueueAsync(
        BatchRecord record, StoredBatch batch, CancellationToken cancellationToken)
    {
        var quarantined = await quarantine.QuarantineAsync(record.DeliveryTargetId, batch, cancellationToken);
        var sent = await enqueuer.EnqueueAsync(record.DeliveryTargetId, batch, cancellationToken);
        var enqueued = record with
        {
            State = BatchState.Enqueued,
            MessagesEnqueued = sent.UpsertMessages + sent.DocumentMessages,
            UpdatedAt = time.GetUtcNow(),
        };
        await ledger.SaveAsync(enqueued, cancellationToken);
        return (sent.UpsertMessages, sent.DocumentMessages, quarantined);
    }
}
