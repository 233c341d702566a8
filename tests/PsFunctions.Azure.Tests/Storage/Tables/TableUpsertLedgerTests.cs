using Azure.Data.Tables;
using PsFunctions.Azure.Storage.Tables;
using PsFunctions.Sync.Students;
using PsFunctions.Testing;

namespace PsFunctions.Azure.Tests.Storage.Tables;

public sealed class TableUpsertLedgerTests(AzuriteFixture azurite) : IClassFixture<AzuriteFixture>
{
    private static readonly DateTimeOffset T0 = new(2026, 11, 2, 8, 30, 0, TimeSpan.Zero);

    private TableUpsertLedger NewLedger() =>
        new(new TableServiceClient(azurite.ConnectionString).GetTableClient(AzuriteFixture.UniqueName("upsertledger")));

    [Fact]
    public async Task Posting_entry_is_replaced_by_its_outcome_with_the_dcid()
    {
        var ledger = NewLedger();
        await ledger.SaveAsync(new UpsertLedgerEntry("sub/1", "uid-1", UpsertState.Posting, null, null, T0));
        var succeeded = new UpsertLedgerEntry("sub/1", "uid-1", UpsertState.Succeeded, "INSERT", 4321, T0.AddSeconds(3));

        await ledger.SaveAsync(succeeded);

        Assert.Equal(succeeded, await ledger.GetAsync("sub/1"));
    }

    [Fact]
    public async Task Entry_left_posting_reads_back_as_posting_without_a_dcid()
    {
        var ledger = NewLedger();
        var posting = new UpsertLedgerEntry("sub-2", "uid-2", UpsertState.Posting, null, null, T0);

        await ledger.SaveAsync(posting);

        Assert.Equal(posting, await ledger.GetAsync("sub-2"));
        Assert.Null(await ledger.GetAsync("sub-3"));
    }

    [Fact]
    public async Task Versions_of_one_submission_are_kept_apart_and_the_latest_written_is_the_entry()
    {
        var ledger = NewLedger();
        var first = new UpsertLedgerEntry("100042", "100042", UpsertState.Succeeded, "INSERT", 17, T0, "aaaa", "target-1", "batch-1", T0);
        var second = new UpsertLedgerEntry("100042", "100042", UpsertState.Posting, "UPDATE", 17, T0.AddHours(1), "bbbb", "target-1", "batch-2", T0.AddHours(1));

        await ledger.SaveAsync(first);
        await ledger.SaveAsync(second);

        Assert.Equal([first, second], await ledger.GetVersionsAsync("100042"));
        Assert.Equal(second, await ledger.GetAsync("100042"));
    }

    [Fact]
    public async Task An_entry_written_before_versions_reads_as_the_unversioned_entry_beside_later_versions()
    {
        var table = new TableServiceClient(azurite.ConnectionString).GetTableClient(AzuriteFixture.UniqueName("upsertledger"));
        await table.CreateIfNotExistsAsync();
        // The row exactly as the ledger wrote it before versions: RowKey "upsert", six columns.
        await table.AddEntityAsync(new TableEntity("100042", "upsert")
        {
            ["SubmissionId"] = "100042",
            ["ClientUid"] = "100042",
            ["State"] = "Succeeded",
            ["Action"] = "INSERT",
            ["Dcid"] = 17L,
            ["UpdatedAt"] = T0,
        });
        var ledger = new TableUpsertLedger(table);

        var legacy = await ledger.GetAsync("100042");
        var version = new UpsertLedgerEntry("100042", "100042", UpsertState.Succeeded, "UPDATE", 17, T0.AddDays(1), "cccc", "target-1", "batch-9", T0.AddDays(1));
        await ledger.SaveAsync(version);

        Assert.Equal(new UpsertLedgerEntry("100042", "100042", UpsertState.Succeeded, "INSERT", 17, T0), legacy);
        Assert.True(legacy!.IsUnversioned);
        var versions = await ledger.GetVersionsAsync("100042");
        Assert.Equal([legacy, version], versions);
    }
}
