using System.Text.Json;
using PsFunctions.Sync.Students;

namespace PsFunctions.Sync.Tests.Students;

/// <summary>
/// What a delivery of a submission means given its ledger entries (<see cref="SubmissionVersions"/>), one rule per test, and
/// what counts as the same content (<see cref="SubmissionFingerprint"/>).
/// </summary>
public sealed class SubmissionVersionsTests
{
    private static readonly DateTimeOffset T0 = new(2026, 9, 14, 8, 0, 0, TimeSpan.Zero);

    [Fact]
    public void The_same_content_applied_before_is_skipped()
    {
        var versions = Versions(Entry("a", UpsertState.Succeeded, 17, "batch-1", T0));

        var decision = versions.Decide(Delivery("a", "batch-2", T0.AddHours(1)));

        Assert.Equal(VersionSkip.SameContentDone, decision.Skip);
    }

    [Fact]
    public void The_same_content_rejected_before_is_skipped()
    {
        var versions = Versions(Entry("a", UpsertState.Rejected, null, "batch-1", T0));

        Assert.Equal(VersionSkip.SameContentDone, versions.Decide(Delivery("a", "batch-1", T0)).Skip);
    }

    [Fact]
    public void New_content_of_an_applied_submission_is_open_work_that_updates_the_known_DCID()
    {
        var versions = Versions(Entry("a", UpsertState.Succeeded, 17, "batch-1", T0));

        var decision = versions.Decide(Delivery("b", "batch-2", T0.AddHours(1)));

        Assert.True(decision.IsOpen);
        Assert.Equal((17L, true), (decision.KnownDcid, decision.Resubmitted));
        Assert.Null(decision.Entry);
    }

    [Fact]
    public void New_content_of_a_rejected_submission_is_tried_without_a_known_DCID()
    {
        var versions = Versions(Entry("a", UpsertState.Rejected, null, "batch-1", T0));

        var decision = versions.Decide(Delivery("b", "batch-2", T0.AddHours(1)));

        Assert.True(decision.IsOpen);
        Assert.Equal(((long?)null, true), (decision.KnownDcid, decision.Resubmitted));
    }

    [Fact]
    public void A_version_left_posting_stays_open_with_its_entry_so_the_student_is_looked_up_again()
    {
        var posting = Entry("a", UpsertState.Posting, null, "batch-1", T0);

        var decision = Versions(posting).Decide(Delivery("a", "batch-1", T0));

        Assert.Same(posting, decision.Entry);
        Assert.False(decision.Resubmitted);
    }

    [Fact]
    public void An_older_delivery_processed_after_a_later_one_is_skipped_so_the_newest_content_wins()
    {
        var versions = Versions(Entry("b", UpsertState.Succeeded, 17, "batch-2", T0.AddHours(1)), Entry("a", UpsertState.Posting, null, "batch-1", T0));

        Assert.Equal(VersionSkip.LaterDeliveryExists, versions.Decide(Delivery("a", "batch-1", T0)).Skip);
    }

    [Fact]
    public void Content_that_comes_back_after_other_content_is_applied_again()
    {
        var versions = Versions(Entry("a", UpsertState.Succeeded, 17, "batch-1", T0), Entry("b", UpsertState.Succeeded, 17, "batch-2", T0.AddHours(1)));

        var decision = versions.Decide(Delivery("a", "batch-3", T0.AddHours(2)));

        Assert.True(decision.IsOpen);
        Assert.Equal(17, decision.KnownDcid);
    }

    [Fact]
    public void A_legacy_succeeded_entry_gives_the_DCID_the_next_delivery_updates()
    {
        var versions = Versions(Legacy(UpsertState.Succeeded, 17));

        var decision = versions.Decide(Delivery("a", "batch-1", T0));

        Assert.True(decision.IsOpen);
        Assert.Equal((17L, true), (decision.KnownDcid, decision.Resubmitted));
    }

    [Fact]
    public void A_legacy_posting_entry_leaves_the_outcome_unknown_for_the_next_delivery()
    {
        var legacy = Legacy(UpsertState.Posting, null);

        var decision = Versions(legacy).Decide(Delivery("a", "batch-1", T0));

        Assert.Same(legacy, decision.Entry);
        Assert.Null(decision.KnownDcid);
    }

    [Fact]
    public void A_legacy_rejected_entry_is_tried_again()
    {
        var decision = Versions(Legacy(UpsertState.Rejected, null)).Decide(Delivery("a", "batch-1", T0));

        Assert.True(decision.IsOpen);
        Assert.Null(decision.Entry);
    }

    [Fact]
    public void The_fingerprint_ignores_the_submitted_time_and_member_order_but_not_the_data()
    {
        var record = Json("""{"id":100001,"submitted":"2026-07-30T09:12:00Z","data":{"address":{"street":"1 Elm St","city":"X"}}}""");
        var resubmitted = Json("""{"data":{"address":{"city":"X","street":"1 Elm St"}},"submitted":"2026-08-02T10:00:00Z","id":100001}""");
        var corrected = Json("""{"id":100001,"submitted":"2026-07-30T09:12:00Z","data":{"address":{"street":"2 Elm St","city":"X"}}}""");

        Assert.Equal(SubmissionFingerprint.Of(record), SubmissionFingerprint.Of(resubmitted));
        Assert.NotEqual(SubmissionFingerprint.Of(record), SubmissionFingerprint.Of(corrected));
        Assert.Matches("^[0-9a-f]{64}$", SubmissionFingerprint.Of(record));
    }

    private static SubmissionVersions Versions(params UpsertLedgerEntry[] entries) => new(entries);

    private static DeliveredVersion Delivery(string fingerprint, string batchId, DateTimeOffset at) => new(fingerprint, "target-1", batchId, at);

    private static UpsertLedgerEntry Entry(string fingerprint, UpsertState state, long? dcid, string batchId, DateTimeOffset at) =>
        new("100001", "100001", state, state == UpsertState.Succeeded ? "INSERT" : null, dcid, at, fingerprint, "target-1", batchId, at);

    private static UpsertLedgerEntry Legacy(UpsertState state, long? dcid) =>
        new("100001", "100001", state, state == UpsertState.Rejected ? null : "INSERT", dcid, T0.AddDays(-1));

    private static JsonElement Json(string text) => JsonDocument.Parse(text).RootElement.Clone();
}
