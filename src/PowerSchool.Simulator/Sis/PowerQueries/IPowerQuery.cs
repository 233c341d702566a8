using PowerSchool.Simulator.District;

namespace PowerSchool.Simulator.Sis.PowerQueries;

/// <summary>A named PowerQuery: the fields it reads (checked against the plugin's access), its arguments, its shape, and its rows.</summary>
public interface IPowerQuery
{
    string Name { get; }

    /// <summary>The columns of its rows, in order (and the fields the plugin must be granted).</summary>
    IReadOnlyList<QueryField> Reads { get; }

    IReadOnlyList<QueryArgument> Arguments { get; }

    /// <summary>
    /// <c>flattened="true"</c> in the query's definition: rows are flat (<c>{"dcid":"1","id":"49"}</c>) instead of
    /// nested under <c>tables.&lt;table&gt;</c>.
    /// </summary>
    bool Flattened { get; }

    /// <summary>Rows in the query's order; <paramref name="arguments"/> holds the validated value lists by argument name.</summary>
    IEnumerable<QueryRow> Run(DistrictState state, QueryArguments arguments);
}
