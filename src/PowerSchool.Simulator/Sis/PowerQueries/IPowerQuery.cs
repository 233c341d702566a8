using PowerSchool.Simulator.District;

namespace PowerSchool.Simulator.Sis.PowerQueries;

/// <summary>A named PowerQuery: the fields it reads (checked against the plugin's access), its arguments, and its rows.</summary>
public interface IPowerQuery
{
    string Name { get; }

    IReadOnlyList<QueryField> Reads { get; }

    IReadOnlyList<QueryArgument> Arguments { get; }

    /// <summary>Rows in id order; <paramref name="arguments"/> holds the validated id lists by argument name.</summary>
    IEnumerable<QueryRow> Run(DistrictState state, IReadOnlyDictionary<string, IReadOnlySet<long>> arguments);
}
