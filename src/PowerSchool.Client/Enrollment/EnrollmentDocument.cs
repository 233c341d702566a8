namespace PowerSchool.Client.Enrollment;

/// <summary>
/// An uploaded document being streamed: read <see cref="Content"/> and dispose. Nothing is buffered in memory.
/// </summary>
public sealed class EnrollmentDocument : IAsyncDisposable, IDisposable
{
    private readonly HttpResponseMessage _response;

    internal EnrollmentDocument(HttpResponseMessage response, Stream content)
    {
        _response = response;
        Content = content;
        ContentType = response.Content.Headers.ContentType?.ToString();
        Length = response.Content.Headers.ContentLength;
        ContentMd5 = response.Content.Headers.ContentMD5;
    }

    /// <summary>The document bytes, read as they arrive.</summary>
    public Stream Content { get; }

    /// <summary>The server's Content-Type, when sent.</summary>
    public string? ContentType { get; }

    /// <summary>The server's Content-Length, when sent.</summary>
    public long? Length { get; }

    /// <summary>The server's Content-MD5 (raw 16 bytes), when sent.</summary>
    public byte[]? ContentMd5 { get; }

    public async ValueTask DisposeAsync()
    {
        await Content.DisposeAsync();
        _response.Dispose();
    }

    public void Dispose()
    {
        Content.Dispose();
        _response.Dispose();
    }
}
