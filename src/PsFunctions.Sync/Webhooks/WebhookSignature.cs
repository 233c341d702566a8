using System.Security.Cryptography;
using System.Text;

namespace PsFunctions.Sync.Webhooks;

/// <summary>
/// The webhook signature: HMAC-SHA256, keyed with the UTF-8 bytes of the source's secret, over the ASCII
/// timestamp, a dot, and the raw body bytes; sent as <c>sha256=&lt;64 lower-case hex digits&gt;</c>.
/// </summary>
public static class WebhookSignature
{
    public const string Prefix = "sha256=";

    /// <summary>The header value a sender puts in <see cref="WebhookHeaders.Signature"/>.</summary>
    public static string Compute(string secret, string timestamp, ReadOnlySpan<byte> body)
    {
        ArgumentException.ThrowIfNullOrEmpty(secret);
        ArgumentNullException.ThrowIfNull(timestamp);
        return Prefix + Convert.ToHexStringLower(Hash(secret, timestamp, body));
    }

    /// <summary>The digest bytes of a <c>sha256=&lt;hex&gt;</c> header value, or null when it is not one.</summary>
    internal static byte[]? Parse(string? header)
    {
        if (header is null || !header.StartsWith(Prefix, StringComparison.OrdinalIgnoreCase) || header.Length != Prefix.Length + 64)
        {
            return null;
        }

        try
        {
            return Convert.FromHexString(header.AsSpan(Prefix.Length));
        }
        catch (FormatException)
        {
            return null;
        }
    }

    /// <summary>True when <paramref name="digest"/> is the signature under <paramref name="secret"/> (constant time).</summary>
    internal static bool Matches(byte[] digest, string secret, string timestamp, ReadOnlySpan<byte> body) =>
        CryptographicOperations.FixedTimeEquals(digest, Hash(secret, timestamp, body));

    private static byte[] Hash(string secret, string timestamp, ReadOnlySpan<byte> body)
    {
        using var hmac = IncrementalHash.CreateHMAC(HashAlgorithmName.SHA256, Encoding.UTF8.GetBytes(secret));
        hmac.AppendData(Encoding.ASCII.GetBytes(timestamp + "."));
        hmac.AppendData(body);
        return hmac.GetHashAndReset();
    }
}
