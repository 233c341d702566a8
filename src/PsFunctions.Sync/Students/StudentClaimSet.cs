using PsFunctions.Sync.Concurrency;

namespace PsFunctions.Sync.Students;

/// <summary>
/// The student claims one handling of one work message holds (one owner id per handling). Disposing it
/// releases them all, after the message's outcomes are recorded or when it fails. Claims are taken one
/// submission at a time (the lookups that follow run in parallel), so a failed claim only ever gives back
/// keys no other submission of the handling relies on.
/// </summary>
internal sealed class StudentClaimSet(IStudentClaims claims, TimeProvider time, TimeSpan duration) : IAsyncDisposable
{
    private readonly string _owner = Guid.NewGuid().ToString("N");
    private readonly HashSet<string> _held = new(StringComparer.Ordinal);
    private readonly SemaphoreSlim _gate = new(1, 1);

    /// <summary>True when every key is now held by this set; false (holding none of the new ones) when another owner holds one.</summary>
    public async Task<bool> TryClaimAllAsync(IReadOnlyList<string> keys, CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            return await ClaimAsync(keys, cancellationToken);
        }
        finally
        {
            _gate.Release();
        }
    }

    private async Task<bool> ClaimAsync(IReadOnlyList<string> keys, CancellationToken cancellationToken)
    {
        var taken = new List<string>(keys.Count);
        foreach (var key in keys.Where(key => !_held.Contains(key)))
        {
            var now = time.GetUtcNow();
            if (!await claims.TryClaimAsync(key, _owner, now, now + duration, cancellationToken))
            {
                foreach (var release in taken)
                {
                    await claims.ReleaseAsync(release, _owner, cancellationToken);
                }

                return false;
            }

            taken.Add(key);
        }

        _held.UnionWith(taken);
        return true;
    }

    public async ValueTask DisposeAsync()
    {
        await ParallelWrites.ForEachAsync(_held, (key, _) => claims.ReleaseAsync(key, _owner, CancellationToken.None), CancellationToken.None);
        _held.Clear();
        _gate.Dispose();
    }
}
