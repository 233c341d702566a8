namespace PsFunctions.Hosting.Setup;

/// <summary>
/// The last result of an expensive read, reused for an interval (on the injected clock); one read at a time, so a burst
/// of anonymous health probes costs one round of vault and storage calls.
/// </summary>
internal sealed class CachedResult<T>(Func<CancellationToken, Task<T>> read, Func<TimeSpan> interval, TimeProvider timeProvider) : IDisposable
    where T : class
{
    private readonly SemaphoreSlim _reading = new(1, 1);
    private (T Value, DateTimeOffset ReadAt)? _last;

    public async Task<T> GetAsync(CancellationToken cancellationToken)
    {
        if (Fresh() is { } fresh)
        {
            return fresh;
        }

        await _reading.WaitAsync(cancellationToken);
        try
        {
            if (Fresh() is { } readMeanwhile)
            {
                return readMeanwhile;
            }

            var value = await read(cancellationToken);
            _last = (value, timeProvider.GetUtcNow());
            return value;
        }
        finally
        {
            _reading.Release();
        }
    }

    public void Dispose() => _reading.Dispose();

    private T? Fresh() =>
        _last is { } last && timeProvider.GetUtcNow() - last.ReadAt < interval() ? last.Value : null;
}
