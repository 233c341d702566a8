namespace PowerSchool.Simulator.Enrollment.Catalog;

/// <summary>A student's progress on a checklist (GET checklists/{id}/checklistentries).</summary>
public sealed record ChecklistEntry(
    long Id,
    string ExternalStudentID,
    string FamilyMemberFirstName,
    string FamilyMemberLastName,
    string Grade,
    string FamilyEmailAddress,
    IReadOnlyList<ChecklistEntryItem> ChecklistItems);
