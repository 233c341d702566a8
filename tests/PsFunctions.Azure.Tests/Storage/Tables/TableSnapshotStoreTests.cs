using Azure.Data.Tables;
using PsFunctions.Azure.Storage.Tables;
using PsFunctions.Sync.ChangeFeed;
using PsFunctions.Testing;

namespace PsFunctions.Azure.Tests.Storage.Tables;

public sealed class TableSnapshotStoreTests(AzuriteFixture azurite) : IClassFixture<AzuriteFixture>
{
    private static readonly DateTimeOffset T0 = new(2026, 11, 2, 8, 30, 0, TimeSpan.Zero);

    private TableSnapshotStore NewStore() =>
        new(new TableServiceClient(azurite.ConnectionString).GetTableClient(AzuriteFixture.UniqueName("snapshots")));

    [Fact]
    public async Task More_than_a_transaction_of_snapshots_in_one_partition_and_across_partitions_are_all_saved()
    {
        var store = NewStore();
        // 250 students in partition 0 (DCIDs 1..999) and 60 in partition 1: three transactions, then one.
        var snapshots = Enumerable.Range(1, 250).Concat(Enumerable.Range(1000, 60))
            .Select(dcid => new StudentSnapshot(dcid, $"h{dcid}", T0))
            .ToList();

        await store.SaveAsync(snapshots);

        var listed = await store.ListAsync().ToListAsync();
        Assert.Equal(snapshots, listed);
        Assert.Equal(new StudentSnapshot(1001, "h1001", T0), await store.GetAsync(1001));
    }

    [Fact]
    public async Task Saving_again_replaces_and_the_last_snapshot_of_a_dcid_in_one_call_wins()
    {
        var store = NewStore();
        await store.SaveAsync([new StudentSnapshot(5, "old", T0)]);

        await store.SaveAsync([new StudentSnapshot(5, "newer", T0.AddMinutes(1)), new StudentSnapshot(5, "newest", T0.AddMinutes(2))]);

        Assert.Equal(new StudentSnapshot(5, "newest", T0.AddMinutes(2)), await store.GetAsync(5));
    }

    [Fact]
    public async Task Delete_removes_the_given_snapshots_even_when_some_are_already_gone()
    {
        var store = NewStore();
        await store.SaveAsync(Enumerable.Range(1, 150).Select(dcid => new StudentSnapshot(dcid, "h", T0)).ToList());

        await store.DeleteAsync(Enumerable.Range(1, 120).Select(i => (long)i).Append(777).ToList());

        Assert.Equal(Enumerable.Range(121, 30).Select(i => (long)i), await store.ListAsync().Select(s => s.Dcid).ToListAsync());
        Assert.Null(await store.GetAsync(1));
    }
}
