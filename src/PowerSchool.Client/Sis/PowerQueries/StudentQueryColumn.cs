namespace PowerSchool.Client.Sis.PowerQueries;

/// <summary>
/// One column of the product's student queries: its name in the answer's flat rows, the database column it reads
/// (<c>Table.Column</c>, as the plugin's access request names it) and how it is selected.
/// </summary>
public sealed record StudentQueryColumn(string Name, string Column, StudentQueryColumnType Type = StudentQueryColumnType.Text)
{
    /// <summary>The table part of <see cref="Column"/> (<c>Students</c>).</summary>
    public string Table => Column[..Column.IndexOf('.', StringComparison.Ordinal)];

    /// <summary>The column part of <see cref="Column"/> (<c>Last_Name</c>).</summary>
    public string Field => Column[(Column.IndexOf('.', StringComparison.Ordinal) + 1)..];
}
