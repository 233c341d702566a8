using Azure.Data.Tables;
using PsFunctions.Azure.Storage.Tables;
using PsFunctions.Testing;

namespace PsFunctions.Azure.Tests.Storage.Tables;

public sealed class TableCheckpointAndDeliveryStoreTests(AzuriteFixture azurite) : IClassFixture<AzuriteFixture>
{
    private static readonly DateTimeOffset T0 = new(2026, 11, 2, 8, 30, 0, TimeSpan.Zero);

    private TableClient NewTable(string prefix) =>
        new TableServiceClient(azurite.ConnectionString).GetTableClient(AzuriteFixture.UniqueName(prefix));

    [Fact]
    public async Task Checkpoint_is_missing_until_set_and_then_holds_the_last_value()
    {
        var store = new TableCheckpointStore(NewTable("syncstate"));
        Assert.Null(await store.GetAsync("students/data-version"));

        await store.SetAsync("students/data-version", "41");
        await store.SetAsync("students/data-version", "42");

        Assert.Equal("42", await store.GetAsync("students/data-version"));
    }

    [Fact]
    public async Task Replayed_delivery_id_is_detected_per_source()
    {
        var store = new TableDeliveryIdStore(NewTable("webhookdeliveries"));

        Assert.True(await store.TryRecordAsync("enrollment", "d/1#x", T0));
        Assert.False(await store.TryRecordAsync("enrollment", "d/1#x", T0.AddMinutes(5)));
        Assert.True(await store.TryRecordAsync("sis", "d/1#x", T0));
    }

    [Fact]
    public async Task Concurrent_deliveries_of_one_id_record_it_exactly_once()
    {
        var store = new TableDeliveryIdStore(NewTable("webhookdeliveries"));

        var results = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => store.TryRecordAsync("enrollment", "same", T0)));

        Assert.Single(results, recorded => recorded);
    }
}
