using Azure.Storage.Blobs;
using PsFunctions.Azure.Storage.Blobs;
using PsFunctions.Sync.Documents;
using PsFunctions.Testing;

namespace PsFunctions.Azure.Tests.Storage.Blobs;

public sealed class BlobDocumentStoreTests(AzuriteFixture azurite) : IClassFixture<AzuriteFixture>
{
    private static readonly Dictionary<string, string> Ids = new() { ["dcid"] = "1234", ["documentId"] = "d-9" };

    private BlobContainerClient NewContainer() =>
        new BlobServiceClient(azurite.ConnectionString).GetBlobContainerClient(AzuriteFixture.UniqueName("docs"));

    private static DocumentUpload Upload(string path, long? length, byte[]? md5) =>
        new(path, "application/pdf", length, md5, Ids);

    [Fact]
    public async Task Multi_block_upload_commits_the_bytes_with_content_md5_type_and_id_metadata()
    {
        const long size = (2 * BlobDocumentStore.BlockSize) + 12345;
        var container = NewContainer();
        var store = new BlobDocumentStore(container);
        var md5 = GeneratedStream.Md5Of(size);

        var stored = await store.UploadAsync(Upload("1234/d-9.pdf", size, md5), new GeneratedStream(size));

        Assert.Equal(size, stored.Length);
        Assert.Equal(md5, stored.ContentMd5);
        var blob = container.GetBlobClient("1234/d-9.pdf");
        var properties = (await blob.GetPropertiesAsync()).Value;
        Assert.Equal(md5, properties.ContentHash);
        Assert.Equal("application/pdf", properties.ContentType);
        Assert.Equal("d-9", properties.Metadata["documentId"]);
        Assert.Equal("1234", properties.Metadata["dcid"]);
        await using var download = (await blob.DownloadStreamingAsync()).Value.Content;
        Assert.Equal(md5, GeneratedStream.Md5Of(download));
    }

    [Fact]
    public async Task Upload_without_announced_length_or_md5_is_stored_with_the_md5_it_computed()
    {
        var store = new BlobDocumentStore(NewContainer());

        var stored = await store.UploadAsync(Upload("a/b.pdf", null, null), new GeneratedStream(1000));

        Assert.Equal(GeneratedStream.Md5Of(1000), stored.ContentMd5);
    }

    [Fact]
    public async Task Md5_mismatch_throws_and_leaves_no_blob()
    {
        var store = new BlobDocumentStore(NewContainer());
        var wrongMd5 = GeneratedStream.Md5Of(5000, seed: 99);

        await Assert.ThrowsAsync<DocumentIntegrityException>(() =>
            store.UploadAsync(Upload("x/bad.pdf", 5000, wrongMd5), new GeneratedStream(5000)));

        Assert.Null(await store.GetAsync("x/bad.pdf"));
    }

    [Theory]
    [InlineData(4999)]
    [InlineData(5001)]
    public async Task Length_mismatch_throws_and_leaves_no_blob(long announcedLength)
    {
        var store = new BlobDocumentStore(NewContainer());

        await Assert.ThrowsAsync<DocumentIntegrityException>(() =>
            store.UploadAsync(Upload("x/short.pdf", announcedLength, null), new GeneratedStream(5000)));

        Assert.Null(await store.GetAsync("x/short.pdf"));
    }

    [Fact]
    public async Task Failed_upload_over_an_existing_document_keeps_the_earlier_one()
    {
        var store = new BlobDocumentStore(NewContainer());
        var md5 = GeneratedStream.Md5Of(3000);
        await store.UploadAsync(Upload("p/doc.pdf", 3000, md5), new GeneratedStream(3000));

        await Assert.ThrowsAsync<DocumentIntegrityException>(() =>
            store.UploadAsync(Upload("p/doc.pdf", 3000, md5), new GeneratedStream(3000, seed: 1)));

        var kept = await store.GetAsync("p/doc.pdf");
        Assert.NotNull(kept);
        Assert.Equal(md5, kept.ContentMd5);
    }

    [Fact]
    public async Task Stored_document_reports_length_and_md5_so_an_identical_re_upload_can_be_skipped()
    {
        var store = new BlobDocumentStore(NewContainer());
        var md5 = GeneratedStream.Md5Of(7000);
        await store.UploadAsync(Upload("r/doc.pdf", 7000, md5), new GeneratedStream(7000));

        var existing = await store.GetAsync("r/doc.pdf");

        Assert.NotNull(existing);
        Assert.Equal(("r/doc.pdf", 7000L, "application/pdf"), (existing.Path, existing.Length, existing.ContentType));
        Assert.Equal(md5, existing.ContentMd5);
        Assert.Null(await store.GetAsync("r/other.pdf"));
    }

    [Fact]
    public async Task Metadata_name_that_is_not_an_identifier_is_refused_naming_it()
    {
        var store = new BlobDocumentStore(NewContainer());
        var upload = new DocumentUpload("m/doc.pdf", "application/pdf", null, null, new Dictionary<string, string> { ["file-name"] = "1" });

        var error = await Assert.ThrowsAsync<ArgumentException>(() => store.UploadAsync(upload, new GeneratedStream(10)));

        Assert.Contains("file-name", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_submissions_documents_are_listed_by_its_prefix_alone_and_read_back_byte_for_byte()
    {
        var store = new BlobDocumentStore(NewContainer());
        await store.UploadAsync(Upload(DocumentPath.For("t1", "100", "a"), null, null), new MemoryStream([1, 2, 3]));
        await store.UploadAsync(Upload(DocumentPath.For("t1", "100", "b"), null, null), new MemoryStream([4, 5]));
        await store.UploadAsync(Upload(DocumentPath.For("t1", "1000", "c"), null, null), new MemoryStream([6]));

        var listed = await store.ListAsync("t1", "100").ToListAsync();
        await using var content = await store.OpenReadAsync(DocumentPath.For("t1", "100", "b"));
        using var read = new MemoryStream();
        await content!.CopyToAsync(read);

        Assert.Equal(["t1/100/a", "t1/100/b"], listed.Select(document => document.Path));
        Assert.Equal([3L, 2L], listed.Select(document => document.Length));
        Assert.Equal([4, 5], read.ToArray());
        Assert.Null(await store.OpenReadAsync(DocumentPath.For("t1", "100", "missing")));
    }
}
