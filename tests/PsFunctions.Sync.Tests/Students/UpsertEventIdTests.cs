using PsFunctions.Sync.Outcomes;
using PsFunctions.Sync.Students;

namespace PsFunctions.Sync.Tests.Students;

/// <summary>Event ids say which facts are the same: a retry repeats its id, a corrected resubmission gets its own.</summary>
public sealed class UpsertEventIdTests
{
    private static readonly RejectionReason UnknownSchool = new("school_enrollment.school_number", "names no school of the district", "schools from the SIS");

    [Fact]
    public void The_same_rejection_found_again_in_the_same_batch_keeps_its_event_id()
    {
        var first = UpsertEvents.Rejected(Rejection("batch-1", DateTimeOffset.UnixEpoch));
        var retry = UpsertEvents.Rejected(Rejection("batch-1", DateTimeOffset.UnixEpoch.AddMinutes(5)));

        Assert.Equal(first.Id, retry.Id);
    }

    [Fact]
    public void A_resubmission_rejected_for_the_same_reasons_in_another_batch_is_a_new_event()
    {
        var first = UpsertEvents.Rejected(Rejection("batch-1", DateTimeOffset.UnixEpoch));
        var corrected = UpsertEvents.Rejected(Rejection("batch-2", DateTimeOffset.UnixEpoch.AddDays(1)));

        Assert.NotEqual(first.Id, corrected.Id);
    }

    [Fact]
    public void A_later_version_of_a_submission_is_a_new_upserted_event_and_its_retry_repeats_it()
    {
        var first = UpsertEvents.Upserted("100042", 17, "INSERT", [], DateTimeOffset.UnixEpoch);
        var later = UpsertEvents.Upserted("100042", 17, "UPDATE", ["addresses.physical.street"], DateTimeOffset.UnixEpoch, "f00d");
        var laterRetry = UpsertEvents.Upserted("100042", 17, "UPDATE", ["addresses.physical.street"], DateTimeOffset.UnixEpoch.AddMinutes(1), "f00d");

        Assert.NotEqual(first.Id, later.Id);
        Assert.Equal(later.Id, laterRetry.Id);
    }

    private static Rejection Rejection(string batchId, DateTimeOffset at) => new("100042", "target-1", batchId, "{}", [UnknownSchool], at);
}
