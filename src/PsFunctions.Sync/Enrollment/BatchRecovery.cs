using Microsoft.Extensions.Logging;
using PsFunctions.Sync.Batches;

namespace PsFunctions.Sync.Enrollment;

/// <summary>
/// Re-enqueues, from its stored copy, every batch of a target the ledger shows as stored but not fully enqueued.
/// A batch whose stored copy is gone cannot be recovered: it is marked <see cref="BatchState.ArchiveMissing"/>
/// (shown by the status), logged once and skipped, so it does not fail every later run.
/// </summary>
public sealed class BatchRecovery(
    IBatchLedger ledger, IBatchArchive archive, BatchHandoff handoff, TimeProvider time, ILogger<BatchRecovery> logger)
{
    internal async Task<int> RecoverAsync(string deliveryTargetId, CancellationToken cancellationToken)
    {
        var unfinished = new List<BatchRecord>();
        await foreach (var record in ledger.ListAsync(deliveryTargetId, BatchState.Stored, cancellationToken))
        {
            unfinished.Add(record);
        }

        var recovered = 0;
        foreach (var record in unfinished)
        {
            if (await archive.ReadAsync(deliveryTargetId, record.BatchId, cancellationToken) is not { } raw)
            {
                await ledger.SaveAsync(record with { State = BatchState.ArchiveMissing, UpdatedAt = time.GetUtcNow() }, cancellationToken);
                IntakeLog.ArchiveMissing(logger, deliveryTargetId, record.BatchId, record.RecordCount);
                continue;
            }

            var sent = await handoff.EnqueueAsync(record, StoredBatch.Parse(raw), cancellationToken);
            IntakeLog.Recovered(logger, deliveryTargetId, record.BatchId, sent.UpsertMessages, sent.DocumentMessages);
            recovered++;
        }

        return recovered;
    }
}
