using PsFunctions.Sync.Concurrency;

namespace PsFunctions.Sync.Students;

/// <summary>
/// The claims one handling of one work message holds (one owner id per handling). Disposing it releases them all,
/// after the message's outcomes are recorded or when it fails. Two kinds: each submission's own claim
/// (<see cref="StudentClaimKeys.ForSubmission"/>), taken for the whole message before its ledger entries are read, so
/// two versions of one submission are never planned and posted at the same moment; and the identity claims of a
/// submission that could INSERT, taken one submission at a time (the lookups that follow run in parallel), so a failed
/// claim only ever gives back keys no other submission of the handling relies on. Right before a POST every write's
/// claims are renewed (<see cref="RenewAsync"/>): a claim that ran out while the handling was slow, and that another
/// instance took in the meantime, is lost, and its submission is planned again (identity) or read again later (its own).
/// </summary>
internal sealed class StudentClaimSet(IStudentClaims claims, TimeProvider time, TimeSpan duration) : IAsyncDisposable
{
    private readonly string _owner = Guid.NewGuid().ToString("N");
    private readonly HashSet<string> _held = new(StringComparer.Ordinal);
    private readonly Dictionary<string, IReadOnlyList<string>> _keysBySubmission = new(StringComparer.Ordinal);
    private readonly SemaphoreSlim _gate = new(1, 1);

    private readonly Dictionary<string, string> _submissionKeys = new(StringComparer.Ordinal);

    /// <summary>
    /// Claims each submission's own key, a few at a time; returns the ids now held. A submission another handling holds
    /// (another version of it, or the same message delivered twice) is left out: it waits for that handling to end.
    /// </summary>
    public async Task<IReadOnlySet<string>> TryClaimSubmissionsAsync(IEnumerable<string> submissionIds, CancellationToken cancellationToken)
    {
        var claimed = new HashSet<string>(StringComparer.Ordinal);
        await ParallelWrites.ForEachAsync(submissionIds.Distinct(StringComparer.Ordinal), async (submissionId, token) =>
        {
            var key = StudentClaimKeys.ForSubmission(submissionId);
            var now = time.GetUtcNow();
            if (await claims.TryClaimAsync(key, _owner, now, now + duration, token))
            {
                lock (claimed)
                {
                    claimed.Add(submissionId);
                }
            }
        }, cancellationToken);

        await _gate.WaitAsync(cancellationToken);
        try
        {
            foreach (var submissionId in claimed)
            {
                _submissionKeys[submissionId] = StudentClaimKeys.ForSubmission(submissionId);
                _held.Add(_submissionKeys[submissionId]);
            }
        }
        finally
        {
            _gate.Release();
        }

        return claimed;
    }

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
    /// Renews the claims of <paramref name="submissionIds"/> for another full duration and says which were lost
    /// (released or taken by another owner); lost keys are no longer held.
    /// </summary>
    public async Task<ClaimRenewal> RenewAsync(IEnumerable<string> submissionIds, CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            var renewal = new KeyRenewal(claims, _owner, time.GetUtcNow() + duration);
            var identityLost = new HashSet<string>(StringComparer.Ordinal);
            var submissionLost = new HashSet<string>(StringComparer.Ordinal);
            foreach (var submissionId in submissionIds)
            {
                if (_submissionKeys.GetValueOrDefault(submissionId) is { } own && !await renewal.KeepAsync(own, cancellationToken))
                {
                    submissionLost.Add(submissionId);
                    _submissionKeys.Remove(submissionId);
                }

                foreach (var key in _keysBySubmission.GetValueOrDefault(submissionId) ?? [])
                {
                    if (!await renewal.KeepAsync(key, cancellationToken))
                    {
                        identityLost.Add(submissionId);
                    }
                }
            }

            _held.ExceptWith(renewal.Lost);
            foreach (var submissionId in identityLost)
            {
                _keysBySubmission.Remove(submissionId);
            }

            identityLost.ExceptWith(submissionLost);
            return new ClaimRenewal(identityLost, submissionLost);
        }
        finally
        {
            _gate.Release();
        }
    }

    // One renewal round: each key renewed once, however many submissions share it.
    private sealed class KeyRenewal(IStudentClaims claims, string owner, DateTimeOffset expiresAt)
    {
        private readonly HashSet<string> _renewed = new(StringComparer.Ordinal);

        public HashSet<string> Lost { get; } = new(StringComparer.Ordinal);

        public async Task<bool> KeepAsync(string key, CancellationToken cancellationToken)
        {
            if (_renewed.Contains(key))
            {
                return true;
            }

            if (Lost.Contains(key) || !await claims.RenewAsync(key, owner, expiresAt, cancellationToken))
            {
                Lost.Add(key);
                return false;
            }

            _renewed.Add(key);
            return true;
        }
    }

    public async ValueTask DisposeAsync()
    {
        await ParallelWrites.ForEachAsync(_held, (key, _) => claims.ReleaseAsync(key, _owner, CancellationToken.None), CancellationToken.None);
        _held.Clear();
        _gate.Dispose();
    }
}
