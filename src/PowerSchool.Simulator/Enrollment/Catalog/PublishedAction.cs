namespace PowerSchool.Simulator.Enrollment.Catalog;

/// <summary>A published action (a form families fill in for a school year).</summary>
public sealed record PublishedAction(int Id, string Title, string AcademicYear);
