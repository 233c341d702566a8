using PowerSchool.Simulator.Enrollment.Submissions;

namespace PowerSchool.Simulator.Enrollment.Batches;

/// <summary>A submission as a batch delivers it: id, submitted time (UTC, with Z) and the family's data.</summary>
public sealed record DeliveryRecord(long Id, string Submitted, SubmissionData Data)
{
    public static DeliveryRecord From(Submission submission)
    {
        ArgumentNullException.ThrowIfNull(submission);
        return new(submission.Id, WireTime.Utc(submission.Submitted), submission.Data);
    }
}
