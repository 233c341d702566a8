namespace PsFunctions.Sync.ChangeFeed;

/// <summary>Snapshots of published SIS student states (Table storage in Azure).</summary>
public interface ISnapshotStore
{
    Task<StudentSnapshot?> GetAsync(long dcid, CancellationToken cancellationToken = default);

    IAsyncEnumerable<StudentSnapshot> ListAsync(CancellationToken cancellationToken = default);

    /// <summary>Inserts or replaces the given snapshots (batched by the adapter).</summary>
    Task SaveAsync(IReadOnlyList<StudentSnapshot> snapshots, CancellationToken cancellationToken = default);

    Task DeleteAsync(IReadOnlyList<long> dcids, CancellationToken cancellationToken = default);
}
