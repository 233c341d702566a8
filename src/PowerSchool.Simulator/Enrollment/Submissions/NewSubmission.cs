namespace PowerSchool.Simulator.Enrollment.Submissions;

/// <summary>The body of POST /submission.</summary>
public sealed record NewSubmission(int? PublishedActionId, NewSubmissionContent? Submission);
