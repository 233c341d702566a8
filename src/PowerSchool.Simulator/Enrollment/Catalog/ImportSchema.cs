namespace PowerSchool.Simulator.Enrollment.Catalog;

/// <summary>An import schema: the field names a roster import row may carry.</summary>
public sealed record ImportSchema(int Id, string Title, IReadOnlyList<string> Fields);
