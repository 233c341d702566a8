namespace PowerSchool.Client.Enrollment;

/// <summary>An import schema of a published action: the field names a roster import may send.</summary>
public sealed record ImportSchema(long Id, string? Title, IReadOnlyList<string> Fields);
