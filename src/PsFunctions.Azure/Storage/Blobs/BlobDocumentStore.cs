using System.Buffers;
using System.Security.Cryptography;
using Azure;
using Azure.Storage;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using Azure.Storage.Blobs.Specialized;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using PsFunctions.Azure.Diagnostics;
using PsFunctions.Sync.Documents;

namespace PsFunctions.Azure.Storage.Blobs;

/// <summary>
/// <see cref="IDocumentStore"/> on a private blob container (<c>student-documents</c>). Uploads stream in
/// blocks of <see cref="BlockSize"/> through one pooled buffer (memory does not grow with the file), hash
/// MD5 as they go, and commit the block list only when length and MD5 match what the source announced;
/// otherwise nothing is committed (the service discards uncommitted blocks) and
/// <see cref="DocumentIntegrityException"/> is thrown. The committed blob carries Content-MD5, the content
/// type and the upload's id metadata.
/// </summary>
public sealed class BlobDocumentStore : IDocumentStore
{
    /// <summary>Bytes per staged block.</summary>
    public const int BlockSize = 4 * 1024 * 1024;

    private readonly BlobContainerClient _container;
    private readonly ILogger _logger;
    private readonly CreateOnce _created;

    public BlobDocumentStore(BlobContainerClient container, ILogger<BlobDocumentStore>? logger = null)
    {
        ArgumentNullException.ThrowIfNull(container);
        _container = container;
        _logger = logger ?? NullLogger<BlobDocumentStore>.Instance;
        _created = new CreateOnce(ct => container.CreateIfNotExistsAsync(PublicAccessType.None, cancellationToken: ct));
    }

    public async Task<StoredDocument?> GetAsync(string path, CancellationToken cancellationToken = default)
    {
        DocumentUploadRules.CheckPath(path);
        try
        {
            var properties = (await _container.GetBlobClient(path).GetPropertiesAsync(cancellationToken: cancellationToken)).Value;
            return new StoredDocument(path, properties.ContentLength, properties.ContentHash ?? [], properties.ContentType);
        }
        catch (RequestFailedException exception) when (exception.Status == 404)
        {
            return null;
        }
    }

    public async IAsyncEnumerable<StoredDocument> ListAsync(
        string deliveryTargetId, string submissionId, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        // DocumentPath checks both ids; the object id part is a placeholder the prefix cuts off.
        var prefix = DocumentPath.For(deliveryTargetId, submissionId, "x")[..^1];
        await _created.EnsureAsync(cancellationToken);
        await foreach (var item in _container.GetBlobsAsync(new GetBlobsOptions { Prefix = prefix }, cancellationToken))
        {
            yield return new StoredDocument(item.Name, item.Properties.ContentLength ?? 0, item.Properties.ContentHash ?? [], item.Properties.ContentType);
        }
    }

    public async Task<Stream?> OpenReadAsync(string path, CancellationToken cancellationToken = default)
    {
        DocumentUploadRules.CheckPath(path);
        try
        {
            return (await _container.GetBlobClient(path).DownloadStreamingAsync(cancellationToken: cancellationToken)).Value.Content;
        }
        catch (RequestFailedException exception) when (exception.Status == 404)
        {
            return null;
        }
    }

    public async Task<StoredDocument> UploadAsync(DocumentUpload upload, Stream content, CancellationToken cancellationToken = default)
    {
        DocumentUploadRules.Check(upload);
        ArgumentNullException.ThrowIfNull(content);
        await _created.EnsureAsync(cancellationToken);
        var blob = _container.GetBlockBlobClient(upload.Path);
        var staged = await StageBlocksAsync(blob, content, upload.ExpectedLength, cancellationToken);
        ThrowIfMismatch(upload, staged);
        var options = new CommitBlockListOptions
        {
            HttpHeaders = new BlobHttpHeaders { ContentType = upload.ContentType, ContentHash = staged.Md5 },
            Metadata = new Dictionary<string, string>(upload.Metadata, StringComparer.Ordinal),
        };
        await blob.CommitBlockListAsync(staged.BlockIds, options, cancellationToken);
        return new StoredDocument(upload.Path, staged.Length, staged.Md5, upload.ContentType);
    }

    private static async Task<StagedBlocks> StageBlocksAsync(
        BlockBlobClient blob, Stream content, long? expectedLength, CancellationToken cancellationToken)
    {
        var buffer = ArrayPool<byte>.Shared.Rent(BlockSize);
        using var md5 = IncrementalHash.CreateHash(HashAlgorithmName.MD5);
        var blockIds = new List<string>();
        var uploadId = Guid.NewGuid();
        long length = 0;
        try
        {
            int read;
            while ((read = await content.ReadAtLeastAsync(buffer.AsMemory(0, BlockSize), BlockSize, throwOnEndOfStream: false, cancellationToken)) > 0)
            {
                md5.AppendData(buffer, 0, read);
                length += read;
                if (length > expectedLength)
                {
                    // Longer than announced: stop reading, nothing more can make it match.
                    return new StagedBlocks(blockIds, length, md5.GetHashAndReset());
                }

                var blockId = BlockId(uploadId, blockIds.Count);
                using var block = new MemoryStream(buffer, 0, read, writable: false);
                await blob.StageBlockAsync(blockId, block, StageOptions, cancellationToken);
                blockIds.Add(blockId);
            }

            return new StagedBlocks(blockIds, length, md5.GetHashAndReset());
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private void ThrowIfMismatch(DocumentUpload upload, StagedBlocks staged)
    {
        string? problem = null;
        if (upload.ExpectedLength is { } expected && expected != staged.Length)
        {
            problem = "length differs from the announced length";
        }
        else if (upload.ExpectedMd5 is { } md5 && !CryptographicOperations.FixedTimeEquals(md5, staged.Md5))
        {
            problem = "MD5 differs from the announced MD5";
        }

        if (problem is not null)
        {
            _logger.DocumentIntegrityFailed(problem, upload.ExpectedLength, staged.Length);
            throw new DocumentIntegrityException($"The document's {problem}; it was not stored.");
        }
    }

    // Every block of an upload gets an id of the same length (the service requires it), unique to the
    // upload so two uploads racing to one path never mix their blocks.
    private static string BlockId(Guid uploadId, int index)
    {
        Span<byte> bytes = stackalloc byte[20];
        uploadId.TryWriteBytes(bytes);
        BitConverter.TryWriteBytes(bytes[16..], index);
        return Convert.ToBase64String(bytes);
    }

    // Each block also travels with its own MD5, so the service refuses a block damaged on the wire.
    private static readonly BlockBlobStageBlockOptions StageOptions = new()
    {
        TransferValidation = new UploadTransferValidationOptions { ChecksumAlgorithm = StorageChecksumAlgorithm.MD5 },
    };

    private sealed record StagedBlocks(List<string> BlockIds, long Length, byte[] Md5);
}
