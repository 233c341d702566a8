using Azure.Storage.Blobs.Models;
using Azure.Storage.Blobs;
using Azure;
using PsFunctions.Sync.Batches;

namespace PsFunctions.Azure.Storage.Blobs;

/// <summary>
/// <see cref="IBatchArchive"/> on a private blob container (<c>enrollment-batches</c>): one blob per batch,
/// <c>&lt;delivery target&gt;/&lt;batch id&gt;.json</c>, holding the batch exactly as PowerSchool returned it.
/// Saving the same batch again replaces it with the same bytes, so a retried intake is harmless.
/// </summary>
public sealed class BlobBatchArchive : IBatchArchive
{
    private readonly BlobContainerClient _container;
    private readonly CreateOnce _created;

    public BlobBatchArchive(BlobContainerClient container)
    {
        ArgumentNullException.ThrowIfNull(container);
        _container = container;
        _created = new CreateOnce(ct => container.CreateIfNotExistsAsync(PublicAccessType.None, cancellationToken: ct));
    }

    public async Task SaveAsync(string deliveryTargetId, string batchId, ReadOnlyMemory<byte> rawBatch, CancellationToken cancellationToken = default)
    {
        var blob = Blob(deliveryTargetId, batchId);
        await _created.EnsureAsync(cancellationToken);
        var options = new BlobUploadOptions { HttpHeaders = new BlobHttpHeaders { ContentType = "application/json" } };
        await blob.UploadAsync(BinaryData.FromBytes(rawBatch), options, cancellationToken);
    }

    public async Task<ReadOnlyMemory<byte>?> ReadAsync(string deliveryTargetId, string batchId, CancellationToken cancellationToken = default)
    {
        var blob = Blob(deliveryTargetId, batchId);
        try
        {
            var content = await blob.DownloadContentAsync(cancellationToken);
            return content.Value.Content.ToMemory();
        }
        catch (RequestFailedException exception) when (exception.Status == 404)
        {
            return null;
        }
    }

    /// <summary>The blob name of a batch; both ids are escaped so neither can add a folder level.</summary>
    public static string BlobName(string deliveryTargetId, string batchId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(deliveryTargetId);
        ArgumentException.ThrowIfNullOrWhiteSpace(batchId);
        return $"{Uri.EscapeDataString(deliveryTargetId)}/{Uri.EscapeDataString(batchId)}.json";
    }

    private BlobClient Blob(string deliveryTargetId, string batchId) =>
        _container.GetBlobClient(BlobName(deliveryTargetId, batchId));
}
