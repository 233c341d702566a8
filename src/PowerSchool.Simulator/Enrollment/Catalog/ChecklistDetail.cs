namespace PowerSchool.Simulator.Enrollment.Catalog;

/// <summary>A checklist with its items (GET checklists/{id}).</summary>
public sealed record ChecklistDetail(int Id, string Title, string AcademicYear, IReadOnlyList<ChecklistItem> Items);
