using PsFunctions.Sync.Documents;

namespace PsFunctions.Azure.Storage.Blobs;

/// <summary>What a <see cref="DocumentUpload"/> must satisfy before a byte is sent; each error names the field and the rule.</summary>
internal static class DocumentUploadRules
{
    private const int MaxPathLength = 1024;

    public static void Check(DocumentUpload upload)
    {
        ArgumentNullException.ThrowIfNull(upload);
        CheckPath(upload.Path);
        if (string.IsNullOrWhiteSpace(upload.ContentType))
        {
            throw new ArgumentException("DocumentUpload.ContentType is required (a media type such as application/pdf).", nameof(upload));
        }

        if (upload.ExpectedLength < 0)
        {
            throw new ArgumentException("DocumentUpload.ExpectedLength must not be negative.", nameof(upload));
        }

        if (upload.ExpectedMd5 is { Length: not 16 })
        {
            throw new ArgumentException("DocumentUpload.ExpectedMd5 must be the 16 bytes of an MD5 hash.", nameof(upload));
        }

        foreach (var (key, value) in upload.Metadata)
        {
            CheckMetadata(key, value);
        }
    }

    public static void CheckPath(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        if (path.Length > MaxPathLength || path.StartsWith('/') || path.EndsWith('/') || path.Any(char.IsControl))
        {
            throw new ArgumentException(
                $"The document path must be 1 to {MaxPathLength} characters, without control characters or a leading or trailing '/'.",
                nameof(path));
        }
    }

    // Blob metadata names are C# identifiers and values are ASCII header text.
    private static void CheckMetadata(string key, string value)
    {
        var validKey = key.Length > 0 && (char.IsAsciiLetter(key[0]) || key[0] == '_') &&
                       key.All(c => char.IsAsciiLetterOrDigit(c) || c == '_');
        if (!validKey)
        {
            throw new ArgumentException($"Metadata name '{key}' must be an identifier (ASCII letters, digits, '_').", nameof(key));
        }

        if (value is null || !value.All(c => char.IsAscii(c) && !char.IsControl(c)))
        {
            throw new ArgumentException($"Metadata '{key}' must be printable ASCII (ids only).", nameof(value));
        }
    }
}
