namespace PsFunctions.Sync.Batches;

/// <summary>
/// Keeps the raw body of each Enrollment batch exactly as createbatch returned it, stored before
/// anything else happens to the batch, so work messages can reference it (claim check) and a crashed
/// intake can be recovered from it.
/// </summary>
public interface IBatchArchive
{
    Task SaveAsync(string deliveryTargetId, string batchId, ReadOnlyMemory<byte> rawBatch, CancellationToken cancellationToken = default);

    /// <summary>The stored batch, or null when it was never stored.</summary>
    Task<ReadOnlyMemory<byte>?> ReadAsync(string deliveryTargetId, string batchId, CancellationToken cancellationToken = default);
}
