using System.Text.Json;
using PowerSchool.Simulator.Enrollment.Submissions;

namespace PowerSchool.Simulator.Enrollment.Batches;

/// <summary>A submission as a batch delivers it: id, submitted time (UTC, with Z) and the family's data in the target's <see cref="RecordStyle"/>.</summary>
public sealed record DeliveryRecord(long Id, string Submitted, JsonElement Data)
{
    public static DeliveryRecord From(Submission submission, RecordStyle style)
    {
        ArgumentNullException.ThrowIfNull(submission);
        var data = style == RecordStyle.DistrictForm
            ? JsonSerializer.SerializeToElement(DistrictFormItems.From(submission.Data, submission.ReturningStudentDcid), EnrollmentJsonContext.Default.IReadOnlyDictionaryStringString)
            : JsonSerializer.SerializeToElement(submission.Data, EnrollmentJsonContext.Default.SubmissionData);
        return new(submission.Id, WireTime.Utc(submission.Submitted), data);
    }
}
