namespace PowerSchool.Client.Sis;

/// <summary>Keeps <c>/ws/v1/metadata</c> for the life of the process (page size limits change rarely).</summary>
internal sealed class SisMetadataCache : IDisposable
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private SisMetadata? _metadata;

    public async Task<SisMetadata> GetAsync(Func<CancellationToken, Task<SisMetadata>> load, CancellationToken cancellationToken)
    {
        if (_metadata is { } known)
        {
            return known;
        }

        await _gate.WaitAsync(cancellationToken);
        try
        {
            return _metadata ??= await load(cancellationToken);
        }
        finally
        {
            _gate.Release();
        }
    }

    public void Dispose() => _gate.Dispose();
}
