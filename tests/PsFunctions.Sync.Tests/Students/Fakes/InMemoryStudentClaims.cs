using PsFunctions.Sync.Students;

namespace PsFunctions.Sync.Tests.Students.Fakes;

/// <summary><see cref="IStudentClaims"/> in memory, by the port's rules: a claim is taken when free, expired or already the owner's.</summary>
internal sealed class InMemoryStudentClaims : IStudentClaims
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, (string Owner, DateTimeOffset ExpiresAt)> _claims = new(StringComparer.Ordinal);

    /// <summary>The claim keys held now, by any owner.</summary>
    public IReadOnlyList<string> Held
    {
        get
        {
            lock (_gate)
            {
                return [.. _claims.Keys];
            }
        }
    }

    public Task<bool> TryClaimAsync(string claimKey, string owner, DateTimeOffset now, DateTimeOffset expiresAt, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            if (_claims.TryGetValue(claimKey, out var held) && held.Owner != owner && held.ExpiresAt > now)
            {
                return Task.FromResult(false);
            }

            _claims[claimKey] = (owner, expiresAt);
            return Task.FromResult(true);
        }
    }

    public Task<bool> RenewAsync(string claimKey, string owner, DateTimeOffset expiresAt, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            if (!_claims.TryGetValue(claimKey, out var held) || held.Owner != owner)
            {
                return Task.FromResult(false);
            }

            _claims[claimKey] = (owner, expiresAt);
            return Task.FromResult(true);
        }
    }

    public Task ReleaseAsync(string claimKey, string owner, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            if (_claims.TryGetValue(claimKey, out var held) && held.Owner == owner)
            {
                _claims.Remove(claimKey);
            }
        }

        return Task.CompletedTask;
    }
}
