namespace PowerSchool.Simulator.Enrollment.Submissions;

/// <summary>Review state of a submission; only approved ones are delivered.</summary>
public enum SubmissionStatus
{
    PendingApproval,
    Approved,
}
