namespace PowerSchool.Simulator.Enrollment.Catalog;

/// <summary>The state of one checklist item for one student; dateCompleted is MM/dd/yyyy as in the reference.</summary>
public sealed record ChecklistEntryItem(string ChecklistItemID, string Status, string? DateCompleted, string AdminNote, string PublicNote);
