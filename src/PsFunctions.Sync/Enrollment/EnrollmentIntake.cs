using Microsoft.Extensions.Logging;
using PsFunctions.Sync.Batches;

namespace PsFunctions.Sync.Enrollment;

/// <summary>
/// One intake run for a delivery target, under the target's intake lock (<see cref="IIntakeLock"/>): recover batches stored but not fully enqueued, reset batches
/// PowerSchool delivered that never reached the ledger, take the next batch (createbatch), store it before
/// anything else, record it, enqueue its work, publish its events, mark it enqueued, record the run. A run that loses
/// the lock mid-way stops (<see cref="IntakeLeaseLostException"/>) before its next write.
/// See docs/sync-intake.md for what a crash between any two steps leaves and how the next run repairs it.
/// </summary>
public sealed class EnrollmentIntake(
    BatchSource source,
    BatchRecovery recovery,
    BatchHandoff handoff,
    IBatchLedger ledger,
    IIntakeLock intakeLock,
    TimeProvider time,
    ILogger<EnrollmentIntake> logger)
{
    public async Task<IntakeResult> RunAsync(string deliveryTargetId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(deliveryTargetId);
        await using var held = await intakeLock.TryAcquireAsync(deliveryTargetId, cancellationToken);
        if (held is null)
        {
            IntakeLog.AnotherRunInProgress(logger, deliveryTargetId);
            return IntakeResult.Busy(deliveryTargetId);
        }

        // Once the lock is lost another run may take batches: every write of this run after that is cancelled.
        using var whileHeld = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, held.Lost);
        try
        {
            return await RunLockedAsync(deliveryTargetId, whileHeld.Token);
        }
        catch (OperationCanceledException ex) when (held.Lost.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            IntakeLog.LeaseLost(logger, deliveryTargetId);
            throw new IntakeLeaseLostException(
                $"Delivery target {deliveryTargetId}: the intake lock was lost mid-run; the run stopped (the next run recovers what it stored).", ex);
        }
    }

    private async Task<IntakeResult> RunLockedAsync(string deliveryTargetId, CancellationToken cancellationToken)
    {
        var startedAt = time.GetUtcNow();
        var recovered = await recovery.RecoverAsync(deliveryTargetId, cancellationToken);
        var lastRuns = await ledger.GetLastRunsAsync(deliveryTargetId, 1, cancellationToken);
        var reset = await source.ResetOrphansSinceAsync(deliveryTargetId, lastRuns.Count > 0 ? lastRuns[0] : null, startedAt, cancellationToken);
        var (raw, resetOnUnknown) = await source.CreateAsync(deliveryTargetId, startedAt, cancellationToken);
        reset += resetOnUnknown;
        if (StoredBatch.ReadHead(raw) is not { } head)
        {
            var kept = await handoff.KeepUnreadableAsync(deliveryTargetId, raw, cancellationToken);
            await RecordRunAsync(deliveryTargetId, startedAt, kept, 0, recovered, "unreadable", cancellationToken);
            IntakeLog.UnreadableBatch(logger, deliveryTargetId, kept, raw.Length);
            return new IntakeResult(deliveryTargetId, null, 0, 0, 0, recovered, reset) { UnreadableBatch = kept };
        }

        if (head.RecordCount == 0)
        {
            await RecordRunAsync(deliveryTargetId, startedAt, head.BatchId, 0, recovered, "empty", cancellationToken);
            IntakeLog.EmptyBatch(logger, deliveryTargetId, recovered, reset);
            return new IntakeResult(deliveryTargetId, null, 0, 0, 0, recovered, reset);
        }

        var (record, stored) = await handoff.StoreAsync(deliveryTargetId, head.BatchId, head.RecordCount, raw, cancellationToken);
        var sent = await handoff.EnqueueAsync(record, stored, cancellationToken);
        await RecordRunAsync(deliveryTargetId, startedAt, head.BatchId, head.RecordCount, recovered, "enqueued", cancellationToken);
        IntakeLog.BatchEnqueued(logger, deliveryTargetId, head.BatchId, stored.Records.Count, sent.UpsertMessages, sent.DocumentMessages);
        return new IntakeResult(deliveryTargetId, head.BatchId, stored.Records.Count, sent.UpsertMessages, sent.DocumentMessages, recovered, reset)
        {
            QuarantinedRecords = sent.Quarantined,
        };
    }

    private Task RecordRunAsync(
        string deliveryTargetId, DateTimeOffset startedAt, string? batchId, int records, int recovered, string outcome, CancellationToken cancellationToken) =>
        ledger.RecordRunAsync(
            new IntakeRun(deliveryTargetId, startedAt, time.GetUtcNow(), batchId, records, recovered, outcome), cancellationToken);
}
