using System.Text;
using PsFunctions.Sync.Batches;
using PsFunctions.Sync.Enrollment;
using PsFunctions.Sync.Students;
using PsFunctions.Sync.Tests.Harness;
using PsFunctions.Testing;

namespace PsFunctions.Sync.Tests.Students;

/// <summary>
/// Versions are ordered by when intake stored their batch, to the millisecond: Enrollment's <c>date</c> has whole seconds,
/// and two batches of one second left an old version, redelivered after a crash, free to overwrite a correction
/// (found by `bench faults` with edits).
/// </summary>
public sealed class DeliveryOrderTests(AzuriteFixture azurite) : IClassFixture<AzuriteFixture>
{
    private const string Target = "target-1";
    private static readonly DateTimeOffset Second = new(2026, 9, 14, 8, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Two_batches_of_one_second_are_ordered_by_when_intake_stored_them()
    {
        var storage = new TestStorage(azurite);
        var order = new DeliveryOrder(storage.BatchLedger);
        var (first, second) = (AzuriteFixture.UniqueName("b1"), AzuriteFixture.UniqueName("b2"));
        await storage.BatchLedger.SaveAsync(new BatchRecord(Target, first, BatchState.Stored, 1, 0, Second.AddMilliseconds(120), Second.AddMilliseconds(120)));
        await storage.BatchLedger.SaveAsync(new BatchRecord(Target, second, BatchState.Stored, 1, 0, Second.AddMilliseconds(870), Second.AddMilliseconds(870)));

        var firstAt = await order.DeliveredAtAsync(Target, Batch(first), CancellationToken.None);
        var secondAt = await order.DeliveredAtAsync(Target, Batch(second), CancellationToken.None);

        Assert.True(secondAt > firstAt);
        var redelivered = new DeliveredVersion("old", Target, first, firstAt);
        var versions = new SubmissionVersions(
        [
            new UpsertLedgerEntry("100042", "100042", UpsertState.Posting, "INSERT", null, Second, "old", Target, first, firstAt),
            new UpsertLedgerEntry("100042", "100042", UpsertState.Succeeded, "UPDATE", 17, Second, "new", Target, second, secondAt),
        ]);
        Assert.Equal(VersionSkip.LaterDeliveryExists, versions.Decide(redelivered).Skip);
    }

    [Fact]
    public async Task A_batch_the_ledger_does_not_know_is_ordered_by_its_enrollment_date()
    {
        var storage = new TestStorage(azurite);

        var at = await new DeliveryOrder(storage.BatchLedger).DeliveredAtAsync(Target, Batch(AzuriteFixture.UniqueName("b")), CancellationToken.None);

        Assert.Equal(Second, at);
    }

    private static StoredBatch Batch(string id) =>
        StoredBatch.Parse(Encoding.UTF8.GetBytes($$"""{"id":"{{id}}","date":"2026-09-14T08:00:00Z","records":[]}"""));
}
