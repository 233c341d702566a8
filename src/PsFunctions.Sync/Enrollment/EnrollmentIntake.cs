using Microsoft.Extensions.Logging;

namespace PsFunctions.Sync.Enrollment;

/// <summary>
/// One intake run for a delivery target, under the target's intake lock (<see cref="IIntakeLock"/>): recover batches stored but not fully enqueued, reset batches
/// PowerSchool delivered that never reached the ledger, take the next batch (createbatch), store it before
/// anything else, record it, enqueue its work, publish its events, mark it enqueued, record the run.
/// See docs/sync-intake.md for what a crash between any two steps leaves and how the next run repairs it.
/// </summary>
public sealed class EnrollmentIntake
{
    private readonly BatchSource _source;
    private readonly BatchRecovery _recovery;
    private readonly BatchHandoff _handoff;
    private readonly IBatchLedger _ledger;
    private readonly IIntakeLock _lock;
    private readonly TimeProvider _time;
    private readonly ILogger<EnrollmentIntake> _logger;

    internal EnrollmentIntake(
        BatchSource source,
        BatchRecovery recovery,
        BatchHandoff handoff,
        IBatchLedger ledger,
        IIntakeLock intakeLock,
        TimeProvider time,
        ILogger<EnrollmentIntake> logger)
    {
        _source = source;
        _recovery = recovery;
        _handoff = handoff;
        _ledger = ledger;
        _lock = intakeLock;
        _time = time;
        _logger = logger;
    }

    public async Task<IntakeResult> RunAsync(string deliveryTargetId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(deliveryTargetId);
        await using var held = await _lock.TryAcquireAsync(deliveryTargetId, cancellationToken);
        if (held is null)
        {
            IntakeLog.AnotherRunInProgress(_logger, deliveryTargetId);
            return IntakeResult.Busy(deliveryTargetId);
        }

        return await RunLockedAsync(deliveryTargetId, cancellationToken);
    }

    private async Task<IntakeResult> RunLockedAsync(string deliveryTargetId, CancellationToken cancellationToken)
    {
        var startedAt = _time.GetUtcNow();
        var recovered = await _recovery.RecoverAsync(deliveryTargetId, cancellationToken);
        var lastRuns = await _ledger.GetLastRunsAsync(deliveryTargetId, 1, cancellationToken);
        var reset = await _source.ResetOrphansSinceAsync(deliveryTargetId, lastRuns.Count > 0 ? lastRuns[0] : null, startedAt, cancellationToken);
        var (batch, resetOnUnknown) = await _source.CreateAsync(deliveryTargetId, startedAt, cancellationToken);
        reset += resetOnUnknown;
        if (batch.Records.Count == 0)
        {
            await RecordRunAsync(deliveryTargetId, startedAt, batch.Id, 0, recovered, "empty", cancellationToken);
            IntakeLog.EmptyBatch(_logger, deliveryTargetId, recovered, reset);
            return new IntakeResult(deliveryTargetId, null, 0, 0, 0, recovered, reset);
        }

        var (record, stored) = await _handoff.StoreAsync(deliveryTargetId, batch, cancellationToken);
        var sent = await _handoff.EnqueueAsync(record, stored, cancellationToken);
        await RecordRunAsync(deliveryTargetId, startedAt, batch.Id, stored.Records.Count, recovered, "enqueued", cancellationToken);
        IntakeLog.BatchEnqueued(_logger, deliveryTargetId, batch.Id, stored.Records.Count, sent.UpsertMessages, sent.DocumentMessages);
        return new IntakeResult(deliveryTargetId, batch.Id, stored.Records.Count, sent.UpsertMessages, sent.DocumentMessages, recovered, reset);
    }

    private Task RecordRunAsync(
        string deliveryTargetId, DateTimeOffset startedAt, string? batchId, int records, int recovered, string outcome, CancellationToken cancellationToken) =>
        _ledger.RecordRunAsync(
            new IntakeRun(deliveryTargetId, startedAt, _time.GetUtcNow(), batchId, records, recovered, outcome), cancellationToken);
}
