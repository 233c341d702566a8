using PowerSchool.Simulator.District;
using PowerSchool.Simulator.Sis.Http;

namespace PowerSchool.Simulator.Sis.Tables;

/// <summary>A writable extension table as a table resource: columns are whatever its rows hold; id and studentsdcid compare as numbers.</summary>
internal sealed class ExtensionTableSource(string name) : ITableSource
{
    public string Name => name;

    public IReadOnlyList<string> Columns(DistrictState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        return [.. state.ExtensionTables[name].Rows.SelectMany(r => r.Row.Keys).Append("id").Append(ExtensionTable.StudentKey).Distinct(StringComparer.OrdinalIgnoreCase)];
    }

    public bool IsNumber(string column) =>
        column.Equals("id", StringComparison.OrdinalIgnoreCase) || column.Equals(ExtensionTable.StudentKey, StringComparison.OrdinalIgnoreCase);

    public IEnumerable<(long Id, Func<string, string?> Value)> Rows(DistrictState state, IReadOnlyList<FiqlClause> clauses)
    {
        ArgumentNullException.ThrowIfNull(clauses);
        var fields = Columns(state).Concat(clauses.Select(c => c.Field)).Distinct(StringComparer.OrdinalIgnoreCase)
            .ToDictionary(c => c, Field, StringComparer.OrdinalIgnoreCase);
        var matches = FiqlFilter.Build(clauses, fields);
        return state.ExtensionTables[name].Rows.Where(r => matches(r.Row)).Select(r => (r.Id, Reader(r.Row)));
    }

    public Func<string, string?>? Find(DistrictState state, long id)
    {
        ArgumentNullException.ThrowIfNull(state);
        return state.ExtensionTables[name].Find(id) is { } row ? Reader(row) : null;
    }

    private FiqlField<IReadOnlyDictionary<string, string>> Field(string column) =>
        IsNumber(column)
            ? new(Number: row => row.TryGetValue(column, out var v) && long.TryParse(v, System.Globalization.CultureInfo.InvariantCulture, out var n) ? n : null)
            : new(Text: row => row.GetValueOrDefault(column));

    private static Func<string, string?> Reader(IReadOnlyDictionary<string, string> row) => column => row.GetValueOrDefault(column);
}
