using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using PsFunctions.Sync.Audit;
using PsFunctions.Sync.Tests.Harness;
using PsFunctions.Testing;

namespace PsFunctions.Sync.Tests.Audit;

/// <summary>The audit is kept <c>Sync:Audit:RetentionDays</c>, counted from when an entry was recorded; older rows go, both of each entry.</summary>
public sealed class AuditPurgeTests(AzuriteFixture azurite) : IClassFixture<AzuriteFixture>
{
    private static readonly DateTimeOffset Start = new(2026, 9, 1, 8, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Entries_recorded_before_the_retention_are_purged_and_newer_ones_kept()
    {
        var storage = new TestStorage(azurite);
        var clock = new FakeTimeProvider(Start);
        var purge = new AuditPurge(storage.Audit, Options.Create(new AuditOptions { RetentionDays = 30 }), clock, NullLogger<AuditPurge>.Instance);
        await AppliedAsync(storage.Audit, "100001", 7001, Start);
        await AppliedAsync(storage.Audit, "100002", 7001, Start.AddDays(20));
        await storage.Audit.AddPendingAsync(Entry("100003", null, Start.AddHours(12)));

        clock.Advance(TimeSpan.FromDays(31));
        var deleted = await purge.PurgeAsync();

        Assert.Equal(Start.AddDays(1), purge.Cutoff);
        // The first entry's two rows (submission and student) and the third's pending row.
        Assert.Equal(3, deleted);
        Assert.Empty(await storage.AuditOfAsync("100001"));
        Assert.Empty(await storage.AuditOfAsync("100003"));
        Assert.Equal("100002", Assert.Single(await storage.AuditOfAsync("100002")).SubmissionId);
        var ofStudent = new List<AuditEntry>();
        await foreach (var entry in storage.Audit.ListByStudentAsync(7001))
        {
            ofStudent.Add(entry);
        }

        Assert.Equal(["100002"], ofStudent.Select(entry => entry.SubmissionId));
    }

    private static async Task AppliedAsync(IAuditStore audit, string submissionId, long dcid, DateTimeOffset at) =>
        await audit.ConfirmAsync(await audit.AddPendingAsync(Entry(submissionId, dcid, at)), dcid, at.AddSeconds(1));

    private static AuditEntry Entry(string submissionId, long? dcid, DateTimeOffset at) => new(
        AuditKeys.For(submissionId), submissionId, AuditSource.Batch, dcid is null ? "INSERT" : "UPDATE", dcid,
        [new FieldChange("name.middle_name", null, "Lee")], AuditState.Pending, at);
}
