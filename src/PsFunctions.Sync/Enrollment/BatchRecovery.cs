using Microsoft.Extensions.Logging;
using PsFunctions.Sync.Batches;

namespace PsFunctions.Sync.Enrollment;

/// <summary>Re-enqueues, from its stored copy, every batch of a target the ledger shows as stored but not fully enqueued.</summary>
public sealed class BatchRecovery(IBatchLedger ledger, IBatchArchive archive, BatchHandoff handoff, ILogger<BatchRecovery> logger)
{
    internal async Task<int> RecoverAsync(string deliveryTargetId, CancellationToken cancellationToken)
    {
        var unfinished = new List<BatchRecord>();
        await foreach (var record in ledger.ListUnfinishedAsync(deliveryTargetId, cancellationToken))
        {
            unfinished.Add(record);
        }

        foreach (var record in unfinished)
        {
            var raw = await archive.ReadAsync(deliveryTargetId, record.BatchId, cancellationToken)
                ?? throw new InvalidOperationException(
                    $"Batch {record.BatchId} of delivery target {deliveryTargetId} is in the ledger but not in the batch archive.");
            var sent = await handoff.EnqueueAsync(record, StoredBatch.Parse(raw), cancellationToken);
            IntakeLog.Recovered(logger, deliveryTargetId, record.BatchId, sent.UpsertMessages, sent.DocumentMessages);
        }

        return unfinished.Count;
    }
}
