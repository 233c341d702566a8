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

    [Fact]
    public async Task A_superseded_rejection_is_kept_apart_with_its_record_and_no_longer_awaits()
    {
        var store = NewStore();
        var largeRecord = "{\"notes\":\"" + new string('n', 40_000) + "\"}";
        await store.SaveAsync(Rejection("100043", T0, largeRecord));

        Assert.True(await store.SupersedeAsync("100043", "batch-2"));

        Assert.Null(await store.GetAsync("100043"));
        Assert.Empty(await store.ListAwaitingAsync().ToListAsync());
        var superseded = Assert.Single(await store.ListSupersededAsync().ToListAsync());
        Assert.Equal(("100043", "batch-1", "batch-2", true, largeRecord), (superseded.SubmissionId, superseded.BatchId, superseded.SupersededByBatchId, superseded.Resolved, superseded.RecordJson));
    }

    [Fact]
    public async Task A_rejection_of_the_same_batch_or_a_resolved_one_is_not_superseded()
    {
        var store = NewStore();
        await store.SaveAsync(Rejection("same", T0));
        await store.SaveAsync(Rejection("resolved", T0) with { Resolved = true });

        Assert.False(await store.SupersedeAsync("same", "batch-1"));
        Assert.False(await store.SupersedeAsync("resolved", "batch-2"));
        Assert.False(await store.SupersedeAsync("none", "batch-2"));

        Assert.Equal(["same"], (await store.ListAwaitingAsync().ToListAsync()).Select(r => r.SubmissionId));
        Assert.Empty(await store.ListSupersededAsync().ToListAsync());
    }

    [Fact]
    public async Task A_later_rejection_of_a_superseded_submission_is_its_current_one_beside_the_superseded()
    {
        var store = NewStore();
        await store.SaveAsync(Rejection("100044", T0));
        await store.SupersedeAsync("100044", "batch-2");

        await store.SaveAsync(Rejection("100044", T0.AddHours(1)) with { BatchId = "batch-2" });

        Assert.Equal("batch-2", (await store.GetAsync("100044"))!.BatchId);
        Assert.Equal("batch-1", Assert.Single(await store.ListSupersededAsync().ToListAsync()).BatchId);
        Assert.Single(await store.ListAwaitingAsync().ToListAsync());
    }
}
