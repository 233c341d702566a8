namespace PowerSchool.Simulator.Enrollment.Catalog;

/// <summary>A checklist as GET /checklists lists it.</summary>
public sealed record Checklist(int Id, string Title, string AcademicYear);
