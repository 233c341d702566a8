using System.ComponentModel.DataAnnotations;

namespace PsFunctions.Sync.Documents;

/// <summary>Settings of the document mirror, bound from <c>Sync:Documents</c>.</summary>
public sealed class DocumentMirrorOptions
{
    public const string Section = "Sync:Documents";

    /// <summary>The CloudEvents <c>source</c> of document.mirrored events.</summary>
    [Required]
    public string EventSource { get; init; } = "/powerschool/enrollment";

    /// <summary>Stored as the blob's content type when Enrollment's storage sends none.</summary>
    [Required]
    [RegularExpression(@"^[\w.+-]+/[\w.+-]+$", ErrorMessage = "Sync:Documents:DefaultContentType must be a media type such as application/octet-stream.")]
    public string DefaultContentType { get; init; } = "application/octet-stream";
}
