namespace PowerSchool.Simulator.Enrollment.Submissions;

/// <summary>The response of POST /submission (the reference leaves it blank): the new id and its status.</summary>
public sealed record SubmissionCreated(long Id, string Status);
