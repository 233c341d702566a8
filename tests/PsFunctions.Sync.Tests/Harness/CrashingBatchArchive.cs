using PsFunctions.Sync.Batches;

namespace PsFunctions.Sync.Tests.Harness;

/// <summary>The real batch archive with a crash point before each save.</summary>
internal sealed class CrashingBatchArchive(IBatchArchive inner, CrashPlan crashes) : IBatchArchive
{
    public Task SaveAsync(string deliveryTargetId, string batchId, ReadOnlyMemory<byte> rawBatch, CancellationToken cancellationToken = default)
    {
        crashes.Reach("archive.save");
        return inner.SaveAsync(deliveryTargetId, batchId, rawBatch, cancellationToken);
    }

    public Task<ReadOnlyMemory<byte>?> ReadAsync(string deliveryTargetId, string batchId, CancellationToken cancellationToken = default) =>
        inner.ReadAsync(deliveryTargetId, batchId, cancellationToken);
}
