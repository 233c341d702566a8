using System.ComponentModel.DataAnnotations;

namespace PsFunctions.Sync.Documents;

/// <summary>Settings of the document mirror, bound from <c>Sync:Documents</c>.</summary>
public sealed class DocumentMirrorOptions
{
    public const string Section = "Sync:Documents";

    /// <summary>The largest document mirrored (<c>Sync:Documents:MaxBytes</c>, default 100 MB), checked while streaming.</summary>
    [Range(1, long.MaxValue, ErrorMessage = "Sync:Documents:MaxBytes must be a positive number of bytes.")]
    public long MaxBytes { get; init; } = 100L * 1024 * 1024;

    /// <summary>
    /// Media types stored as the source sends them, comma-separated (<c>Sync:Documents:AllowedContentTypes</c>): PDF,
    /// images, Office documents and plain text by default. Anything else is stored as <see cref="DefaultContentType"/>,
    /// so a download never serves a file as HTML or script.
    /// </summary>
    [Required(AllowEmptyStrings = false)]
    [RegularExpression(@"^\s*[\w.+-]+/[\w.+-]+\s*(,\s*[\w.+-]+/[\w.+-]+\s*)*$",
        ErrorMessage = "Sync:Documents:AllowedContentTypes must be comma-separated media types such as application/pdf.")]
    public string AllowedContentTypes { get; init; } = string.Join(',',
        "application/pdf", "image/jpeg", "image/png", "image/gif", "image/tiff", "image/heic", "image/heif", "image/webp", "image/bmp",
        "text/plain", "application/rtf", "application/msword", "application/vnd.ms-excel", "application/vnd.ms-powerpoint",
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        "application/vnd.openxmlformats-officedocument.presentationml.presentation",
        "application/vnd.oasis.opendocument.text", "application/vnd.oasis.opendocument.spreadsheet");

    /// <summary>The CloudEvents <c>source</c> of document.mirrored events.</summary>
    [Required]
    public string EventSource { get; init; } = "/powerschool/enrollment";

    /// <summary>Stored as the blob's content type when Enrollment's storage sends none, or one off <see cref="AllowedContentTypes"/>.</summary>
    [Required]
    [RegularExpression(@"^[\w.+-]+/[\w.+-]+$", ErrorMessage = "Sync:Documents:DefaultContentType must be a media type such as application/octet-stream.")]
    public string DefaultContentType { get; init; } = "application/octet-stream";
}
