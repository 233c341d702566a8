using PsFunctions.Sync.Enrollment;

namespace PsFunctions.Sync.Tests.Harness;

/// <summary>The real batch ledger with crash points <c>batchledger.save:&lt;state&gt;</c> and <c>batchledger.run</c>.</summary>
internal sealed class CrashingBatchLedger(IBatchLedger inner, CrashPlan crashes) : IBatchLedger
{
    public Task SaveAsync(BatchRecord batch, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(batch);
        crashes.Reach($"batchledger.save:{batch.State}");
        return inner.SaveAsync(batch, cancellationToken);
    }

    public Task<BatchRecord?> GetAsync(string deliveryTargetId, string batchId, CancellationToken cancellationToken = default) =>
        inner.GetAsync(deliveryTargetId, batchId, cancellationToken);

    public IAsyncEnumerable<BatchRecord> ListUnfinishedAsync(string deliveryTargetId, CancellationToken cancellationToken = default) =>
        inner.ListUnfinishedAsync(deliveryTargetId, cancellationToken);

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
