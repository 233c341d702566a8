using Azure.Data.Tables;
using PsFunctions.Azure.Storage.Tables;
using PsFunctions.Sync.Outcomes;
using PsFunctions.Testing;

namespace PsFunctions.Azure.Tests.Storage.Tables;

public sealed class TableAttentionStoreTests(AzuriteFixture azurite) : IClassFixture<AzuriteFixture>
{
    private static readonly DateTimeOffset T0 = new(2026, 11, 2, 8, 30, 0, TimeSpan.Zero);

    private TableAttentionStore NewStore() =>
        new(new TableServiceClient(azurite.ConnectionString).GetTableClient(AzuriteFixture.UniqueName("attention")));

    private static AttentionItem Item(string field, DateTimeOffset at, string record = """{"id":4711}""") => new(
        AttentionItem.IdOf("4711", record, field, AttentionKind.Transfer), "4711", "target-1", "batch-1", 42, field, AttentionKind.Transfer,
        "100", "200", "needs a transfer in PowerSchool from school 100 to school 200", "INSERT only", at);

    [Fact]
    public async Task An_item_round_trips_with_its_values()
    {
        var store = NewStore();
        var item = Item("school_enrollment.school_number", T0);

        Assert.True(await store.AddAsync(item));

        Assert.Equal(item, await store.GetAsync(item.Id));
    }

    [Fact]
    public async Task Adding_the_same_item_again_keeps_the_first_and_its_resolution()
    {
        var store = NewStore();
        var item = Item("school_enrollment.school_number", T0);
        await store.AddAsync(item);
        await store.ResolveAsync(item.Id, new AttentionResolution(T0.AddHours(1), "registrar", "transferred"));

        var added = await store.AddAsync(item with { CreatedAt = T0.AddHours(2) });

        Assert.False(added);
        var kept = await store.GetAsync(item.Id);
        Assert.Equal((T0, "registrar", "transferred"), (kept!.CreatedAt, kept.Resolution!.ResolvedBy, kept.Resolution.Note));
    }

    [Fact]
    public async Task Open_items_are_listed_oldest_first_and_a_resolved_one_is_left_out()
    {
        var store = NewStore();
        var late = Item("school_enrollment.grade_level", T0.AddHours(2));
        var early = Item("school_enrollment.school_number", T0);
        var done = Item("school_enrollment.entry_date", T0.AddHours(1));
        foreach (var item in new[] { late, early, done })
        {
            await store.AddAsync(item);
        }

        Assert.True(await store.ResolveAsync(done.Id, new AttentionResolution(T0.AddHours(3), "registrar", "nothing to do")));

        var open = new List<string>();
        await foreach (var item in store.ListOpenAsync())
        {
            open.Add(item.Id);
        }

        Assert.Equal([early.Id, late.Id], open);
    }

    [Fact]
    public async Task Resolving_an_unknown_or_resolved_item_says_so()
    {
        var store = NewStore();
        var item = Item("school_enrollment.school_number", T0);
        await store.AddAsync(item);
        var resolution = new AttentionResolution(T0, "registrar", "done");

        Assert.False(await store.ResolveAsync("0123456789abcdef", resolution));
        Assert.True(await store.ResolveAsync(item.Id, resolution));
        Assert.False(await store.ResolveAsync(item.Id, resolution with { ResolvedBy = "someone else" }));
        Assert.Equal("registrar", (await store.GetAsync(item.Id))!.Resolution!.ResolvedBy);
    }

    [Fact]
    public void The_id_follows_the_submission_its_record_the_field_and_the_kind()
    {
        var id = AttentionItem.IdOf("4711", "{}", "school_enrollment.school_number", AttentionKind.Transfer);

        Assert.Equal(id, AttentionItem.IdOf("4711", "{}", "school_enrollment.school_number", AttentionKind.Transfer));
        Assert.NotEqual(id, AttentionItem.IdOf("4711", """{"changed":true}""", "school_enrollment.school_number", AttentionKind.Transfer));
        Assert.NotEqual(id, AttentionItem.IdOf("4711", "{}", "school_enrollment.grade_level", AttentionKind.Transfer));
        Assert.NotEqual(id, AttentionItem.IdOf("4711", "{}", "school_enrollment.school_number", AttentionKind.Flagged));
    }
}
