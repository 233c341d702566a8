namespace PowerSchool.Simulator.Enrollment.Submissions;

/// <summary>One field of a POSTed submission.</summary>
public sealed record DataItem(string? FieldName, string? Value);
