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
        var store = DeliveryStore();

        Assert.True(await store.TryRecordAsync("enrollment", "d/1#x", T0));
        Assert.False(await store.TryRecordAsync("enrollment", "d/1#x", T0.AddMinutes(5)));
        Assert.True(await store.TryRecordAsync("sis", "d/1#x", T0));
    }

    [Fact]
    public async Task Concurrent_deliveries_of_one_id_record_it_exactly_once()
    {
        var store = DeliveryStore();

        var results = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => store.TryRecordAsync("enrollment", "same", T0)));

        Assert.Single(results, recorded => recorded);
    }

    [Fact]
    public async Task Purge_deletes_every_id_received_before_the_cutoff_in_every_source_and_keeps_the_rest()
    {
        var store = DeliveryStore();
        // 150 in one source: more than one transaction (at most 100 operations) in one partition.
        for (var i = 0; i < 150; i++)
        {
            await store.TryRecordAsync("crm", $"old-{i}", T0.AddMinutes(-20).AddSeconds(i));
        }

        await store.TryRecordAsync("sis/admin", "old-x", T0.AddTicks(-1));
        await store.TryRecordAsync("crm", "at-cutoff", T0);
        await store.TryRecordAsync("crm", "new", T0.AddMinutes(1));

        var deleted = await store.PurgeAsync(T0);

        Assert.Equal(151, deleted);
        Assert.True(await store.TryRecordAsync("crm", "old-0", T0), "an expired id was kept");
        Assert.True(await store.TryRecordAsync("crm", "old-149", T0), "an expired id was kept");
        Assert.True(await store.TryRecordAsync("sis/admin", "old-x", T0), "an expired id of a second source was kept");
        Assert.False(await store.TryRecordAsync("crm", "at-cutoff", T0), "an id received at the cutoff was deleted");
        Assert.False(await store.TryRecordAsync("crm", "new", T0), "a recent id was deleted");
    }

    [Fact]
    public async Task Purge_of_an_empty_table_deletes_nothing()
    {
        Assert.Equal(0, await DeliveryStore().PurgeAsync(T0));
    }

    [Fact]
    public async Task Concurrent_purges_both_finish_and_delete_each_id_once()
    {
        var store = DeliveryStore();
        for (var i = 0; i < 120; i++)
        {
            await store.TryRecordAsync("crm", $"old-{i}", T0.AddMinutes(-30));
        }

        var counts = await Task.WhenAll(store.PurgeAsync(T0), store.PurgeAsync(T0));

        Assert.Equal(120, counts.Sum());
        Assert.Equal(0, await store.PurgeAsync(T0));
    }

    private TableDeliveryIdStore DeliveryStore() => new(NewTable("webhookdeliveries"));
}
