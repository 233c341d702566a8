namespace PsFunctions.Azure.Storage;

/// <summary>
/// Runs a "create if not exists" call once per process: the first caller starts it, everyone awaits the
/// same call, later callers skip the round trip. A failed creation is started again by the next caller.
/// The call itself is not cancelled with a caller's token (others may be waiting on it); a caller stops
/// waiting when its own token is cancelled.
/// </summary>
internal sealed class CreateOnce(Func<CancellationToken, Task> create)
{
    private readonly Lock _lock = new();
    private Task? _creation;

    public async ValueTask EnsureAsync(CancellationToken cancellationToken)
    {
        Task creation;
        lock (_lock)
        {
            if (_creation is null || _creation.IsFaulted || _creation.IsCanceled)
            {
                _creation = create(CancellationToken.None);
            }

            creation = _creation;
        }

        if (!creation.IsCompletedSuccessfully)
        {
            await creation.WaitAsync(cancellationToken);
        }
    }
}
