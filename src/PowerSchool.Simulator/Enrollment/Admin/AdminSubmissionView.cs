using PowerSchool.Simulator.Enrollment.Submissions;

namespace PowerSchool.Simulator.Enrollment.Admin;

/// <summary>A submission with its delivery state, for tests and demos.</summary>
public sealed record AdminSubmissionView(
    long Id,
    string Status,
    int PublishedActionId,
    string DeliveryTargetId,
    Guid? DeliveredInBatch,
    int DeliveryCount,
    long? ReturningStudentDcid,
    string? Flaw,
    IReadOnlyList<DocumentFile> Documents,
    SubmissionData Data)
{
    public static AdminSubmissionView From(Submission submission)
    {
        ArgumentNullException.ThrowIfNull(submission);
        return new(
            submission.Id,
            submission.Status.ToString(),
            submission.PublishedActionId,
            submission.DeliveryTargetId,
            submission.DeliveredInBatch,
            submission.DeliveryCount,
            submission.ReturningStudentDcid,
            submission.Flaw,
            submission.DocumentFiles,
            submission.Data);
    }
}
