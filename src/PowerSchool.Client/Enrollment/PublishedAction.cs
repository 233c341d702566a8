namespace PowerSchool.Client.Enrollment;

/// <summary>A published action (a form such as "Enrollment 2025-2026").</summary>
public sealed record PublishedAction(long Id, string? Title, string? AcademicYear);
