using System.Security.Cryptography;
using System.Text;

namespace PsFunctions.Sync.Hashing;

/// <summary>
/// HMAC-SHA256 under the deployment's hash key (<see cref="IdentityHashKey"/>): what the engine keeps about a
/// student's identity or tracked fields (claim keys, change-feed snapshots) is one of these, so a stolen table
/// cannot be reversed with a dictionary of names, birth dates or state ids without the key as well.
/// </summary>
public sealed class IdentityHasher
{
    /// <summary>The fewest key bytes accepted: the HMAC-SHA256 block of security, 256 bits.</summary>
    public const int MinimumKeyBytes = 32;

    private const string KeyIdLabel = "psfunctions-hash-key-id";

    private readonly byte[] _key;

    private IdentityHasher(byte[] key)
    {
        _key = key;
        KeyId = Convert.ToHexStringLower(HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(KeyIdLabel)).AsSpan(0, 8));
    }

    /// <summary>
    /// Names the key without revealing it (16 hex digits of an HMAC of a fixed label): what a stored hash records, so
    /// a hash made under another key is recognised as such. Safe to log.
    /// </summary>
    public string KeyId { get; }

    /// <summary>
    /// The hasher for the value of secret <see cref="IdentityHashKey.SecretName"/>: base64 of at least
    /// <see cref="MinimumKeyBytes"/> random bytes (surrounding whitespace ignored).
    /// </summary>
    /// <exception cref="FormatException">The value is not such a key; the message names the secret and the rule, never the value.</exception>
    public static IdentityHasher FromSecret(string secretValue)
    {
        ArgumentNullException.ThrowIfNull(secretValue);
        var text = secretValue.Trim();
        var buffer = new byte[text.Length];
        if (!Convert.TryFromBase64String(text, buffer, out var length) || length < MinimumKeyBytes)
        {
            throw new FormatException(
                $"The secret '{IdentityHashKey.SecretName}' is not a hash key: it must be the base64 of at least {MinimumKeyBytes} random bytes " +
                "(for example the output of 'openssl rand -base64 32'); see docs/configuration.md.");
        }

        return new IdentityHasher(buffer[..length]);
    }

    /// <summary>The HMAC-SHA256 of <paramref name="data"/> (32 bytes).</summary>
    public byte[] Hash(ReadOnlySpan<byte> data) => HMACSHA256.HashData(_key, data);

    /// <summary>The HMAC-SHA256 of the UTF-8 bytes of <paramref name="text"/>, as 64 lower-case hex digits.</summary>
    public string HashHex(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Convert.ToHexStringLower(Hash(Encoding.UTF8.GetBytes(text)));
    }
}
