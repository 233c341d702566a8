namespace PsFunctions.Sync.Documents;

/// <summary>Private storage for mirrored documents (a Blob container in Azure).</summary>
public interface IDocumentStore
{
    /// <summary>The stored file at <paramref name="path"/>, or null.</summary>
    Task<StoredDocument?> GetAsync(string path, CancellationToken cancellationToken = default);

    /// <summary>
    /// Streams <paramref name="content"/> into the store without buffering the whole file, computing its
    /// MD5 on the way; throws <see cref="DocumentIntegrityException"/> (and keeps nothing) when the length
    /// or MD5 differ from <see cref="DocumentUpload.ExpectedLength"/> / <see cref="DocumentUpload.ExpectedMd5"/>.
    /// </summary>
    Task<StoredDocument> UploadAsync(DocumentUpload upload, Stream content, CancellationToken cancellationToken = default);

    /// <summary>The stored files of one submission (<see cref="DocumentPath"/> <c>&lt;target&gt;/&lt;submission&gt;/</c>), in path order.</summary>
    IAsyncEnumerable<StoredDocument> ListAsync(string deliveryTargetId, string submissionId, CancellationToken cancellationToken = default);

    /// <summary>The content of the stored file at <paramref name="path"/>, streamed; null when there is none.</summary>
    Task<Stream?> OpenReadAsync(string path, CancellationToken cancellationToken = default);
}
