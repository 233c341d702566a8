using Microsoft.Extensions.Logging;

namespace PsFunctions.Sync.Enrollment;

/// <summary>
/// One intake run for a delivery target, under the target's intake lock (<see cref="IIntakeLock"/>): recover batches stored but not fully enqueued, reset batches
/// PowerSchool delivered that never reached the ledger, take the next batch (createbatch), store it before
/// anything else, record it, enqueue its work, publish its events, mark it enqueued, record the run.
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

        return await RunLockedAsync(deliveryTargetId, cancellationToken);
    }

    private async Task<IntakeResult> RunLockedAsync(string deliveryTargetId, CancellationToken cancellationToken)
    {
        var startedAt = time.GetUtcNow();
        var recovered = await recovery.RecoverAsync(deliveryTargetId, cancellationToken);
        var lastRuns = await ledger.GetLastRunsAsync(deliveryTargetId, 1, cancellationToken);
        var reset = await source.ResetOrphansSinceAsync(deliveryTargetId, lastRuns.Count > 0 ? lastRuns[0] : null, startedAt, cancellationToken);
        var (batch, resetOnUnknown) = await source.CreateAsync(deliveryTargetId, startedAt, cancellationToken);
        reset += resetOnUnknown;
        if (batch.Records.Count == 0)
        {
            await RecordRunAsync(deliveryTargetId, startedAt, batch.Id, 0, recovered, "empty", cancellationToken);
            IntakeLog.EmptyBatch(logger, deliveryTargetId, recovered, reset);
            return new IntakeResult(deliveryTargetId, null, 0, 0, 0, recovered, reset);
        }

        var (record, stored) = await handoff.StoreAsync(deliveryTargetId, batch, cancellationToken);
        var sent = await handoff.EnqueueAsync(record, stored, cancellationToken);
        await RecordRunAsync(deliveryTargetId, startedAt, batch.Id, stored.Records.Count, recovered, "enqueued", cancellationToken);
        IntakeLog.BatchEnqueued(logger, deliveryTargetId, batch.Id, stored.Records.Count, sent.UpsertMessages, sent.DocumentMessages);
        return new IntakeResult(deliveryTargetId, batch.Id, stored.Records.Count, sent.UpsertMessages, sent.DocumentMessages, recovered, reset);
    }

    private Task RecordRunAsync(
        string deliveryTargetId, DateTimeOffset startedAt, string? batchId, int records, int recovered, string outcome, CancellationToken cancellationToken) =>
        ledger.RecordRunAsync(
            new IntakeRun(deliveryTargetId, startedAt, time.GetUtcNow(), batchId, records, recovered, outcome), cancellationToken);
}
