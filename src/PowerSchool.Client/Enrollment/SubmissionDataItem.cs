namespace PowerSchool.Client.Enrollment;

/// <summary>One field of a submission to create.</summary>
public sealed record SubmissionDataItem(string FieldName, string? Value);
