namespace PowerSchool.Simulator.Enrollment.Catalog;

/// <summary>One item of a checklist; ids are strings in the reference.</summary>
public sealed record ChecklistItem(string Id, string ItemType, string ExternalID, string Name, string Description);
