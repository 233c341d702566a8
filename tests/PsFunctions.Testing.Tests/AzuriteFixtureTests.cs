using Azure.Data.Tables;
using Azure.Storage.Blobs;
using Azure.Storage.Queues;

namespace PsFunctions.Testing.Tests;

public sealed class AzuriteFixtureTests(AzuriteFixture azurite) : IClassFixture<AzuriteFixture>
{
    [Fact]
    public async Task Blob_service_stores_and_returns_a_blob()
    {
        var container = new BlobContainerClient(azurite.ConnectionString, AzuriteFixture.UniqueName("fixture"));
        await container.CreateAsync();

        await container.UploadBlobAsync("hello.txt", BinaryData.FromString("hello"));
        var downloaded = await container.GetBlobClient("hello.txt").DownloadContentAsync();

        Assert.Equal("hello", downloaded.Value.Content.ToString());
    }

    [Fact]
    public async Task Queue_service_delivers_a_sent_message()
    {
        var queue = new QueueClient(azurite.ConnectionString, AzuriteFixture.UniqueName("fixture"));
        await queue.CreateAsync();

        await queue.SendMessageAsync("work");
        var received = await queue.ReceiveMessageAsync();

        Assert.Equal("work", received.Value.Body.ToString());
    }

    [Fact]
    public async Task Table_service_stores_and_returns_an_entity()
    {
        var table = new TableClient(azurite.ConnectionString, AzuriteFixture.UniqueName("fixture"));
        await table.CreateAsync();

        await table.AddEntityAsync(new TableEntity("p", "r") { ["Value"] = 42 });
        var entity = await table.GetEntityAsync<TableEntity>("p", "r");

        Assert.Equal(42, entity.Value.GetInt32("Value"));
    }

    [Fact]
    public async Task Every_fixture_in_the_process_shares_one_Azurite()
    {
        var again = new AzuriteFixture();
        await again.InitializeAsync();

        Assert.Equal(azurite.Endpoints, again.Endpoints);
    }
}
