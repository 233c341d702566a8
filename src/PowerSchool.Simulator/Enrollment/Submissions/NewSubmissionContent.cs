namespace PowerSchool.Simulator.Enrollment.Submissions;

/// <summary>The submission part of POST /submission: its data items.</summary>
public sealed record NewSubmissionContent(IReadOnlyList<DataItem>? DataItems);
