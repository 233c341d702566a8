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
}
