namespace PsFunctions.Sync.Checkpoints;

/// <summary>Small named values the engine must keep between runs (data versions, last full scan).</summary>
public interface ICheckpointStore
{
    Task<string?> GetAsync(string name, CancellationToken cancellationToken = default);

    Task SetAsync(string name, string value, CancellationToken cancellationToken = default);
}
