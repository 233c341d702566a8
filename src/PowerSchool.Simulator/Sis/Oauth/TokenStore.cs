using System.Collections.Concurrent;
using System.Security.Cryptography;
using Microsoft.Extensions.Options;

namespace PowerSchool.Simulator.Sis.Oauth;

/// <summary>
/// Access tokens the simulator issued. Like PowerSchool, a client that asks again while its token is still
/// valid gets the same token back with the remaining lifetime; expired and revoked tokens are refused.
/// </summary>
public sealed class TokenStore(IOptions<SisOptions> options, TimeProvider time)
{
    private readonly ConcurrentDictionary<string, DateTimeOffset> _expiries = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();
    private string? _current;

    /// <summary>The valid token and its remaining lifetime, issuing a new one when none is valid.</summary>
    public (string Token, TimeSpan ExpiresIn) Issue()
    {
        lock (_gate)
        {
            var now = time.GetUtcNow();
            if (_current is not null && _expiries.TryGetValue(_current, out var expiry) && expiry > now)
            {
                return (_current, expiry - now);
            }

            var lifetime = TimeSpan.FromSeconds(options.Value.TokenLifetimeSeconds);
            _current = NewToken();
            _expiries[_current] = now + lifetime;
            return (_current, lifetime);
        }
    }

    public bool IsValid(string token) => _expiries.TryGetValue(token, out var expiry) && expiry > time.GetUtcNow();

    public void Revoke(string token) => _expiries.TryRemove(token, out _);

    /// <summary>Revokes every token, as regenerating the plugin's client secret does.</summary>
    public int RevokeAll()
    {
        lock (_gate)
        {
            var count = _expiries.Count;
            _expiries.Clear();
            _current = null;
            return count;
        }
    }

    private static string NewToken()
    {
        Span<byte> bytes = stackalloc byte[16];
        RandomNumberGenerator.Fill(bytes);
        return new Guid(bytes).ToString("D");
    }
}
