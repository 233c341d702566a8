using PsFunctions.Sync.Batches;
using PsFunctions.Sync.Enrollment;

namespace PsFunctions.Sync.Students;

/// <summary>
/// When a batch was delivered, for ordering a submission's versions: the time intake stored it (the batch ledger's
/// <see cref="BatchRecord.CreatedAt"/>, our clock to the millisecond; intake stores a target's batches one at a time under
/// its lock, so this is the order Enrollment delivered them), else Enrollment's own <c>date</c> (whole seconds: two batches
/// created in one second would not be ordered, and an old version redelivered after a crash could overwrite a correction).
/// </summary>
internal sealed class DeliveryOrder(IBatchLedger batches)
{
    public async Task<DateTimeOffset?> DeliveredAtAsync(string deliveryTargetId, StoredBatch batch, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(batch);
        var record = await batches.GetAsync(deliveryTargetId, batch.BatchId, cancellationToken);
        return record?.CreatedAt ?? batch.Date;
    }
}
