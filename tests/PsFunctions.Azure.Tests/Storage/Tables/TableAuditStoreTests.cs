using Azure.Data.Tables;
using PsFunctions.Azure.Storage.Tables;
using PsFunctions.Sync.Audit;
using PsFunctions.Testing;

namespace PsFunctions.Azure.Tests.Storage.Tables;

/// <summary>The audit table: a pending entry is kept against a retry's, confirming writes the student's row, both reads are one partition.</summary>
public sealed class TableAuditStoreTests(AzuriteFixture azurite) : IClassFixture<AzuriteFixture>
{
    private static readonly DateTimeOffset T0 = new(2026, 11, 2, 8, 30, 0, TimeSpan.Zero);

    private TableAuditStore NewStore() =>
        new(new TableServiceClient(azurite.ConnectionString).GetTableClient(AzuriteFixture.UniqueName("audit")));

    private static AuditEntry Pending(string submissionId, long? dcid, string newStreet, DateTimeOffset at) => new(
        AuditKeys.For(submissionId), submissionId, AuditSource.Batch, "UPDATE", dcid,
        [new FieldChange("addresses.physical.street", "40 Birch Lane", newStreet), new FieldChange("name.middle_name", null, "Lee")],
        AuditState.Pending, at);

    [Fact]
    public async Task A_pending_entry_is_kept_when_a_retry_adds_another_for_the_same_key()
    {
        var store = NewStore();
        var first = Pending("sub/1", 7001, "12 Elm Street", T0);

        await store.AddPendingAsync(first);
        var kept = await store.AddPendingAsync(first with { Changes = [], RecordedAt = T0.AddMinutes(5) });

        Assert.Equal(first.Changes, kept.Changes);
        Assert.Equal(T0, kept.RecordedAt);
        Assert.Equal(first.Changes, (await store.GetAsync("sub/1", first.Key))!.Changes);
    }

    [Fact]
    public async Task Confirming_writes_the_students_row_and_again_keeps_the_first_time()
    {
        var store = NewStore();
        var pending = await store.AddPendingAsync(Pending("100001", null, "12 Elm Street", T0));

        var confirmed = await store.ConfirmAsync(pending, 7001, T0.AddSeconds(3));
        await store.ConfirmAsync(confirmed, 7001, T0.AddMinutes(9));

        var ofStudent = await ListAsync(store.ListByStudentAsync(7001));
        var ofSubmission = await ListAsync(store.ListBySubmissionAsync("100001"));
        Assert.Equal(ofSubmission, ofStudent);
        var entry = Assert.Single(ofStudent);
        Assert.Equal((AuditState.Applied, 7001L, T0.AddSeconds(3)), (entry.State, entry.Dcid!.Value, entry.AppliedAt!.Value));
        Assert.Equal(pending.Changes, entry.Changes);
    }

    [Fact]
    public async Task A_discarded_entry_is_gone_and_discarding_nothing_is_fine()
    {
        var store = NewStore();
        var pending = await store.AddPendingAsync(Pending("100002", 7002, "12 Elm Street", T0));

        await store.DiscardAsync(pending);
        await store.DiscardAsync(pending);

        Assert.Empty(await ListAsync(store.ListBySubmissionAsync("100002")));
        Assert.Empty(await ListAsync(store.ListByStudentAsync(7002)));
    }

    [Fact]
    public async Task Long_values_round_trip_over_several_columns()
    {
        var store = NewStore();
        var comment = new string('x', 4000);
        var changes = Enumerable.Range(0, 12).Select(i => new FieldChange($"field{i}", comment, comment + i)).ToList();

        await store.AddPendingAsync(Pending("100003", 7003, "", T0) with { Changes = changes });

        Assert.Equal(changes, (await store.GetAsync("100003", "100003"))!.Changes);
    }

    private static async Task<List<AuditEntry>> ListAsync(IAsyncEnumerable<AuditEntry> entries)
    {
        var list = new List<AuditEntry>();
        await foreach (var entry in entries)
        {
            list.Add(entry);
        }

        return list;
    }
}
