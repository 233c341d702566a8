using PowerSchool.Simulator.District;
using PowerSchool.Simulator.Sis.Http;

namespace PowerSchool.Simulator.Sis.Tables;

/// <summary>A read-only core table (students, schools, sections, cc, terms) over the district's rows.</summary>
internal sealed class CoreTable<T>(
    string name,
    IReadOnlyDictionary<string, TableColumn<T>> columns,
    Func<DistrictState, IEnumerable<T>> rows,
    Func<T, long> idOf,
    Func<DistrictState, long, T?> find) : ITableSource
    where T : class
{
    private readonly Dictionary<string, FiqlField<T>> _fields = columns.ToDictionary(c => c.Key, c => c.Value.Field, StringComparer.OrdinalIgnoreCase);

    public string Name => name;

    public IReadOnlyList<string> Columns(DistrictState state) => [.. columns.Keys];

    public bool IsNumber(string column) => columns.TryGetValue(column, out var c) && c.Field.Number is not null;

    public IEnumerable<(long Id, Func<string, string?> Value)> Rows(DistrictState state, IReadOnlyList<FiqlClause> clauses)
    {
        var matches = FiqlFilter.Build(clauses, _fields);
        return rows(state).Where(matches).Select(row => (idOf(row), Reader(row)));
    }

    public Func<string, string?>? Find(DistrictState state, long id) => find(state, id) is { } row ? Reader(row) : null;

    private Func<string, string?> Reader(T row) => column => columns.TryGetValue(column, out var c) ? c.Value(row) : null;
}
