using Azure.Data.Tables;
using PsFunctions.Azure.Storage.Tables;
using PsFunctions.Sync.Outcomes;
using PsFunctions.Testing;

namespace PsFunctions.Azure.Tests.Storage.Tables;

public sealed class TableRejectionStoreTests(AzuriteFixture azurite) : IClassFixture<AzuriteFixture>
{
    private static readonly DateTimeOffset T0 = new(2026, 11, 2, 8, 30, 0, TimeSpan.Zero);

    private TableRejectionStore NewStore() =>
        new(new TableServiceClient(azurite.ConnectionString).GetTableClient(AzuriteFixture.UniqueName("rejections")));

    private static Rejection Rejection(string id, DateTimeOffset at, string recordJson = """{"first_name":"A"}""") =>
        new(id, "target-1", "batch-1", recordJson, [new RejectionReason("dob", "is in the future", "date of birth must be in the past")], at);

    [Fact]
    public async Task Rejection_round_trips_with_its_reasons_and_a_record_larger_than_one_column()
    {
        var store = NewStore();
        var largeRecord = "{\"notes\":\"" + new string('n', 70_000) + "\"}";
        var saved = Rejection("sub#1", T0, largeRecord);

        await store.SaveAsync(saved);

        var read = await store.GetAsync("sub#1");
        Assert.NotNull(read);
        Assert.Equal(largeRecord, read.RecordJson);
        Assert.Equal(saved.Reasons, read.Reasons);
        Assert.Equal(saved with { Reasons = read.Reasons }, read);
    }

    [Fact]
    public async Task Awaiting_rejections_are_listed_oldest_first_without_resolved_ones()
    {
        var store = NewStore();
        await store.SaveAsync(Rejection("late", T0.AddHours(2)));
        await store.SaveAsync(Rejection("early", T0));
        await store.SaveAsync(Rejection("fixed", T0.AddHours(1)));

        await store.MarkResolvedAsync("fixed");

        Assert.Equal(["early", "late"], await store.ListAwaitingAsync().Select(r => r.SubmissionId).ToListAsync());
        Assert.True((await store.GetAsync("fixed"))!.Resolved);
    }

    [Fact]
    public async Task Resolving_a_submission_without_a_rejection_changes_nothing()
    {
        var store = NewStore();

        await store.MarkResolvedAsync("never-rejected");

        Assert.Null(await store.GetAsync("never-rejected"));
    }
}
