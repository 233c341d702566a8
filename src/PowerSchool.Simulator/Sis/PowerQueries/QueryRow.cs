namespace PowerSchool.Simulator.Sis.PowerQueries;

/// <summary>One PowerQuery result row: its id, the student it concerns, and its values by table and column (strings).</summary>
public sealed record QueryRow(long Id, long StudentDcid, string Name, IReadOnlyDictionary<string, IReadOnlyDictionary<string, string?>> Tables)
{
    /// <summary>A value by <c>table.column</c>, or null.</summary>
    public string? Value(QueryField field) =>
        Tables.TryGetValue(field.Table, out var columns) && columns.TryGetValue(field.Output, out var value) ? value : null;
}
