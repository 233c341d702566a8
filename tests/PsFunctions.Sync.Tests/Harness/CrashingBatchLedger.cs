using PsFunctions.Sync.Enrollment;

namespace PsFunctions.Sync.Tests.Harness;

/// <summary>The real batch ledger with crash (and pause) points <c>batchledger.save:&lt;state&gt;</c> and <c>batchledger.run</c>.</summary>
internal sealed class CrashingBatchLedger(IBatchLedger inner, CrashPlan crashes) : IBatchLedger
{
    public async Task SaveAsync(BatchRecord batch, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(batch);
        await crashes.WaitIfPausedAsync($"batchledger.save:{batch.State}");
        crashes.Reach($"batchledger.save:{batch.State}");
        await inner.SaveAsync(batch, cancellationToken);
    }

    public Task<BatchRecord?> GetAsync(string deliveryTargetId, string batchId, CancellationToken cancellationToken = default) =>
        inner.GetAsync(deliveryTargetId, batchId, cancellationToken);

    public IAsyncEnumerable<BatchRecord> ListAsync(string deliveryTargetId, BatchState state, CancellationToken cancellationToken = default) =>
        inner.ListAsync(deliveryTargetId, state, cancellationToken);

    public Task RecordRunAsync(IntakeRun run, CancellationToken cancellationToken = default)
    {
        crashes.Reach("batchledger.run");
        return inner.RecordRunAsync(run, cancellationToken);
    }

    public IAsyncEnumerable<IntakeRun> ListRunsSinceAsync(string deliveryTargetId, DateTimeOffset since, CancellationToken cancellationToken = default) =>
        inner.ListRunsSinceAsync(deliveryTargetId, since, cancellationToken);

    public Task<IReadOnlyList<IntakeRun>> GetLastRunsAsync(string deliveryTargetId, int count, CancellationToken cancellationToken = default) =>
        inner.GetLastRunsAsync(deliveryTargetId, count, cancellationToken);
}
