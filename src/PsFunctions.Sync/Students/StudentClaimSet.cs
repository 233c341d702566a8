using PsFunctions.Sync.Concurrency;

namespace PsFunctions.Sync.Students;

/// <summary>
/// The student claims one handling of one work message holds (one owner id per handling). Disposing it
/// releases them all, after the message's outcomes are recorded or when it fails. Claims are taken one
/// submission at a time (the lookups that follow run in parallel), so a failed claim only ever gives back
/// keys no other submission of the handling relies on. Right before a POST the claims of its INSERTs are renewed
/// (<see cref="RenewAsync"/>): a claim that ran out while the handling was slow, and that another instance took in
/// the meantime, is lost, and its submission is planned again instead of inserted.
/// </summary>
internal sealed class StudentClaimSet(IStudentClaims claims, TimeProvider time, TimeSpan duration) : IAsyncDisposable
{
    private readonly string _owner = Guid.NewGuid().ToString("N");
    private readonly HashSet<string> _held = new(StringComparer.Ordinal);
    private readonly Dictionary<string, IReadOnlyList<string>> _keysBySubmission = new(StringComparer.Ordinal);
    private readonly SemaphoreSlim _gate = new(1, 1);

    /// <summary>True when every key is now held by this set; false (holding none of the new ones) when another owner holds one.</summary>
    public async Task<bool> TryClaimAllAsync(string submissionId, IReadOnlyList<string> keys, CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            var claimed = await ClaimAsync(keys, cancellationToken);
            if (claimed)
            {
                _keysBySubmission[submissionId] = keys;
            }

            return claimed;
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

    /// <summary>
    /// Renews the claims of <paramref name="submissionIds"/> for another full duration; returns the submissions one
    /// of whose claims was lost (released or taken by another owner). Those keys are no longer held.
    /// </summary>
    public async Task<IReadOnlySet<string>> RenewAsync(IEnumerable<string> submissionIds, CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            var lostKeys = new HashSet<string>(StringComparer.Ordinal);
            var renewed = new HashSet<string>(StringComparer.Ordinal);
            var lost = new HashSet<string>(StringComparer.Ordinal);
            foreach (var submissionId in submissionIds)
            {
                foreach (var key in _keysBySubmission.GetValueOrDefault(submissionId) ?? [])
                {
                    if (!renewed.Contains(key) && (lostKeys.Contains(key) || !await claims.RenewAsync(key, _owner, time.GetUtcNow() + duration, cancellationToken)))
                    {
                        lostKeys.Add(key);
                        lost.Add(submissionId);
                    }
                    else
                    {
                        renewed.Add(key);
                    }
                }
            }

            _held.ExceptWith(lostKeys);
            foreach (var submissionId in lost)
            {
                _keysBySubmission.Remove(submissionId);
            }

            return lost;
        }
        finally
        {
            _gate.Release();
        }
    }

    public async ValueTask DisposeAsync()
    {
        await ParallelWrites.ForEachAsync(_held, (key, _) => claims.ReleaseAsync(key, _owner, CancellationToken.None), CancellationToken.None);
        _held.Clear();
        _gate.Dispose();
    }
}
