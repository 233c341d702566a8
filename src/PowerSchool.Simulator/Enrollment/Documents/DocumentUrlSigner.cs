using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;

namespace PowerSchool.Simulator.Enrollment.Documents;

/// <summary>
/// Signs and checks the simulator's document URLs, shaped like Azure Blob SAS URLs: an HMAC-SHA256 with a
/// per-process key over the path, the expiry (se) and the response-header overrides (rsct, rscd).
/// </summary>
public sealed class DocumentUrlSigner(TimeProvider time, IOptions<EnrollmentOptions> options)
{
    public const string ContainerPath = "/api/blobs/secure-uploadeddocuments";

    private readonly byte[] _key = RandomNumberGenerator.GetBytes(32);

    /// <summary>Path and query of a URL that serves the document until the configured lifetime passes.</summary>
    public string Sign(string objectId, string? contentType = null, string? contentDisposition = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(objectId);
        var path = $"{ContainerPath}/{objectId}";
        var start = time.GetUtcNow();
        var expiry = WireTime.Utc(start + options.Value.DocumentUrlLifetime);
        var signature = Signature(path, expiry, contentType, contentDisposition);
        var query = new StringBuilder()
            .Append(CultureInfo.InvariantCulture, $"?sv=2019-02-02&st={Uri.EscapeDataString(WireTime.Utc(start))}&se={Uri.EscapeDataString(expiry)}&sr=b&sp=r");
        if (contentType is not null)
        {
            query.Append(CultureInfo.InvariantCulture, $"&rsct={Uri.EscapeDataString(contentType)}");
        }

        if (contentDisposition is not null)
        {
            query.Append(CultureInfo.InvariantCulture, $"&rscd={Uri.EscapeDataString(contentDisposition)}");
        }

        return path + query.Append(CultureInfo.InvariantCulture, $"&sig={Uri.EscapeDataString(signature)}");
    }

    /// <summary>Checks a request to a signed URL: the signature first (so tampering is told apart), then the expiry.</summary>
    public DocumentUrlCheck Check(string path, IQueryCollection query)
    {
        ArgumentNullException.ThrowIfNull(query);
        string? expiry = query["se"], signature = query["sig"];
        if (string.IsNullOrEmpty(expiry) || string.IsNullOrEmpty(signature))
        {
            return DocumentUrlCheck.MissingSignature;
        }

        var expected = Encoding.ASCII.GetBytes(Signature(path, expiry, query["rsct"], query["rscd"]));
        if (!CryptographicOperations.FixedTimeEquals(expected, Encoding.ASCII.GetBytes(signature)))
        {
            return DocumentUrlCheck.BadSignature;
        }

        var expires = DateTimeOffset.Parse(expiry, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal);
        return time.GetUtcNow() >= expires ? DocumentUrlCheck.Expired : DocumentUrlCheck.Valid;
    }

    private string Signature(string path, string expiry, string? contentType, string? contentDisposition)
    {
        var payload = Encoding.UTF8.GetBytes($"{path}\n{expiry}\n{contentType}\n{contentDisposition}");
        return Convert.ToBase64String(HMACSHA256.HashData(_key, payload));
    }
}
