using Azure.Data.Tables;
using PsFunctions.Azure.Storage.Tables;
using PsFunctions.Testing;

namespace PsFunctions.Azure.Tests.Storage.Tables;

/// <summary>Purging the webhook delivery ids on Azurite: by ReceivedAt, across partitions and transaction limits.</summary>
public sealed class TableDeliveryIdPurgeTests(AzuriteFixture azurite) : IClassFixture<AzuriteFixture>
{
    private static readonly DateTimeOffset Cutoff = new(2026, 11, 25, 12, 0, 0, TimeSpan.Zero);

    private TableDeliveryIdStore NewStore() =>
        new(new TableServiceClient(azurite.ConnectionString).GetTableClient(AzuriteFixture.UniqueName("webhookdeliveries")));

    [Fact]
    public async Task Purge_deletes_every_id_received_before_the_cutoff_in_every_source_and_keeps_the_rest()
    {
        var store = NewStore();
        // 150 in one source: more than one transaction (at most 100 operations) in one partition.
        for (var i = 0; i < 150; i++)
        {
            await store.TryRecordAsync("crm", $"old-{i}", Cutoff.AddMinutes(-20).AddSeconds(i));
        }

        await store.TryRecordAsync("sis/admin", "old-x", Cutoff.AddTicks(-1));
        await store.TryRecordAsync("crm", "at-cutoff", Cutoff);
        await store.TryRecordAsync("crm", "new", Cutoff.AddMinutes(1));

        var deleted = await store.PurgeAsync(Cutoff);

        Assert.Equal(151, deleted);
        Assert.True(await store.TryRecordAsync("crm", "old-0", Cutoff), "an expired id was kept");
        Assert.True(await store.TryRecordAsync("crm", "old-149", Cutoff), "an expired id was kept");
        Assert.True(await store.TryRecordAsync("sis/admin", "old-x", Cutoff), "an expired id of a second source was kept");
        Assert.False(await store.TryRecordAsync("crm", "at-cutoff", Cutoff), "an id received at the cutoff was deleted");
        Assert.False(await store.TryRecordAsync("crm", "new", Cutoff), "a recent id was deleted");
    }

    [Fact]
    public async Task Purge_of_an_empty_table_deletes_nothing()
    {
        Assert.Equal(0, await NewStore().PurgeAsync(Cutoff));
    }

    [Fact]
    public async Task Concurrent_purges_both_finish_and_delete_each_id_once()
    {
        var store = NewStore();
        for (var i = 0; i < 120; i++)
        {
            await store.TryRecordAsync("crm", $"old-{i}", Cutoff.AddMinutes(-30));
        }

        var counts = await Task.WhenAll(store.PurgeAsync(Cutoff), store.PurgeAsync(Cutoff));

        Assert.Equal(120, counts.Sum());
        Assert.Equal(0, await store.PurgeAsync(Cutoff));
    }
}
