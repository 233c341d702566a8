namespace PsFunctions.Sync.Webhooks;

/// <summary>Remembers webhook delivery ids so a replayed delivery is refused (Table storage in Azure).</summary>
public interface IDeliveryIdStore
{
    /// <summary>Records the id; false when it was already recorded (a replay).</summary>
    Task<bool> TryRecordAsync(string source, string deliveryId, DateTimeOffset receivedAt, CancellationToken cancellationToken = default);

    /// <summary>Deletes the ids of every source received before <paramref name="receivedBefore"/>; returns how many it deleted.</summary>
    Task<int> PurgeAsync(DateTimeOffset receivedBefore, CancellationToken cancellationToken = default);
}
