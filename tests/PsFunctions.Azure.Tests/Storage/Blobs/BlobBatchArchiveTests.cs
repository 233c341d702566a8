using System.Text;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using PsFunctions.Azure.Storage.Blobs;
using PsFunctions.Testing;

namespace PsFunctions.Azure.Tests.Storage.Blobs;

public sealed class BlobBatchArchiveTests(AzuriteFixture azurite) : IClassFixture<AzuriteFixture>
{
    private BlobContainerClient NewContainer() =>
        new BlobServiceClient(azurite.ConnectionString).GetBlobContainerClient(AzuriteFixture.UniqueName("batches"));

    [Fact]
    public async Task Saved_batch_reads_back_byte_for_byte()
    {
        var archive = new BlobBatchArchive(NewContainer());
        var raw = Encoding.UTF8.GetBytes("""{"batch_id":"b-1","records":[{"x":"é"}]}""");

        await archive.SaveAsync("target/1", "b-1", raw);

        var read = await archive.ReadAsync("target/1", "b-1");
        Assert.NotNull(read);
        Assert.Equal(raw, read.Value.ToArray());
    }

    [Fact]
    public async Task Batch_never_saved_reads_as_null()
    {
        var archive = new BlobBatchArchive(NewContainer());

        Assert.Null(await archive.ReadAsync("target", "missing"));
    }

    [Fact]
    public async Task Saving_a_batch_again_keeps_one_blob_in_a_private_container()
    {
        var container = NewContainer();
        var archive = new BlobBatchArchive(container);

        await archive.SaveAsync("t", "b-2", Encoding.UTF8.GetBytes("{}"));
        await archive.SaveAsync("t", "b-2", Encoding.UTF8.GetBytes("{}"));

        var names = new List<string>();
        await foreach (var blob in container.GetBlobsAsync())
        {
            names.Add(blob.Name);
        }

        Assert.Equal(["t/b-2.json"], names);
        Assert.Equal(PublicAccessType.None, (await container.GetPropertiesAsync()).Value.PublicAccess);
    }

    [Fact]
    public void Ids_cannot_add_folder_levels_to_the_blob_name()
    {
        Assert.Equal("a%2Fb/c%2Fd.json", BlobBatchArchive.BlobName("a/b", "c/d"));
    }
}
