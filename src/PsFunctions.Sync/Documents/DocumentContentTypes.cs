using System.Net.Http.Headers;

namespace PsFunctions.Sync.Documents;

/// <summary>
/// The content type a mirrored document is stored with: the source's media type (no parameters such as a file name)
/// when it is on <see cref="DocumentMirrorOptions.AllowedContentTypes"/>, else <see cref="DocumentMirrorOptions.DefaultContentType"/>.
/// </summary>
internal sealed class DocumentContentTypes(DocumentMirrorOptions options)
{
    private readonly HashSet<string> _allowed = new(
        options.AllowedContentTypes.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries), StringComparer.OrdinalIgnoreCase);

    public string Of(string? sourceContentType) =>
        MediaTypeHeaderValue.TryParse(sourceContentType, out var parsed) && parsed.MediaType is { Length: > 0 } mediaType && _allowed.Contains(mediaType)
            ? mediaType.ToLowerInvariant()
            : options.DefaultContentType;
}
