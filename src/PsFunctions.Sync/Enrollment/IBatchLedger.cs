namespace PsFunctions.Sync.Enrollment;

/// <summary>Durable record of batches and intake runs per delivery target (Table storage in Azure).</summary>
public interface IBatchLedger
{
    /// <summary>Inserts or replaces the row of <paramref name="batch"/>.</summary>
    Task SaveAsync(BatchRecord batch, CancellationToken cancellationToken = default);

    Task<BatchRecord?> GetAsync(string deliveryTargetId, string batchId, CancellationToken cancellationToken = default);

    /// <summary>Batches of the target in <paramref name="state"/> (<see cref="BatchState.Stored"/>: recorded, work not all sent).</summary>
    IAsyncEnumerable<BatchRecord> ListAsync(string deliveryTargetId, BatchState state, CancellationToken cancellationToken = default);

    Task RecordRunAsync(IntakeRun run, CancellationToken cancellationToken = default);

    /// <summary>Runs of the target that started at or after <paramref name="since"/>, newest first.</summary>
    IAsyncEnumerable<IntakeRun> ListRunsSinceAsync(string deliveryTargetId, DateTimeOffset since, CancellationToken cancellationToken = default);

    /// <summary>The most recent runs of the target, newest first.</summary>
    Task<IReadOnlyList<IntakeRun>> GetLastRunsAsync(string deliveryTargetId, int count, CancellationToken cancellationToken = default);
}
