using System.Text.Json;

namespace PowerSchool.Client.Sis;

/// <summary>
/// One row from a table resource (<c>/ws/schema/table/{table}</c>) or a PowerQuery. PowerSchool nests the
/// columns per table (<c>{"id":1,"tables":{"students":{"dcid":"1",...}}}</c>); <see cref="Columns"/>
/// flattens them (column name, and table.column), values as text. <see cref="Raw"/> keeps the original.
/// </summary>
public sealed record SisRecord(long? Id, IReadOnlyDictionary<string, string?> Columns, JsonElement Raw)
{
    /// <summary>A column's text by name (<c>first_name</c>) or qualified name (<c>students.first_name</c>), or null.</summary>
    public string? Get(string column) => Columns.TryGetValue(column, out var value) ? value : null;
}
