using Azure.Storage.Blobs;
using PsFunctions.Azure.Storage.Blobs;
using PsFunctions.Sync.Documents;
using PsFunctions.Testing;

namespace PsFunctions.Azure.Tests.Storage.Blobs;

/// <summary>Runs alone (no parallel tests) so the process-wide allocation count belongs to this upload.</summary>
[Collection(nameof(MemoryMeasurementCollection))]
public sealed class LargeDocumentUploadTests(AzuriteFixture azurite) : IClassFixture<AzuriteFixture>
{
    private const long FiftyMegabytes = 50L * 1024 * 1024;

    [Fact]
    public async Task Fifty_megabyte_upload_streams_once_with_allocations_far_below_its_size()
    {
        var container = new BlobServiceClient(azurite.ConnectionString).GetBlobContainerClient(AzuriteFixture.UniqueName("large"));
        var store = new BlobDocumentStore(container);
        var md5 = GeneratedStream.Md5Of(FiftyMegabytes);
        var upload = new DocumentUpload("big/file.bin", "application/octet-stream", FiftyMegabytes, md5, new Dictionary<string, string>());
        await store.UploadAsync(upload with { Path = "warm/up.bin", ExpectedLength = 10, ExpectedMd5 = GeneratedStream.Md5Of(10) }, new GeneratedStream(10));
        using var content = new GeneratedStream(FiftyMegabytes);

        var before = GC.GetTotalAllocatedBytes(precise: true);
        var stored = await store.UploadAsync(upload, content);
        var allocated = GC.GetTotalAllocatedBytes(precise: true) - before;

        Assert.Equal(FiftyMegabytes, stored.Length);
        Assert.Equal(md5, (await store.GetAsync("big/file.bin"))!.ContentMd5);
        Assert.True(allocated < FiftyMegabytes / 4, $"The upload allocated {allocated:N0} bytes for a {FiftyMegabytes:N0}-byte file.");
    }
}
