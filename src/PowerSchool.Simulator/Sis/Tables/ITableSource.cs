using PowerSchool.Simulator.District;
using PowerSchool.Simulator.Sis.Http;

namespace PowerSchool.Simulator.Sis.Tables;

/// <summary>A table readable through /ws/schema/table: its columns, its rows in id order, and one row by id.</summary>
internal interface ITableSource
{
    string Name { get; }

    IReadOnlyList<string> Columns(DistrictState state);

    /// <summary>Whether a column holds numbers (compared and sorted as numbers).</summary>
    bool IsNumber(string column);

    /// <summary>Rows matching the FIQL clauses, in id order, as (id, column → string value).</summary>
    IEnumerable<(long Id, Func<string, string?> Value)> Rows(DistrictState state, IReadOnlyList<FiqlClause> clauses);

    Func<string, string?>? Find(DistrictState state, long id);
}
