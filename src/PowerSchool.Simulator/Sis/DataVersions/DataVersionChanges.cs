using PowerSchool.Simulator.District;

namespace PowerSchool.Simulator.Sis.DataVersions;

/// <summary>Rows changed since a data version, per versioned table (students and the extension tables).</summary>
public static class DataVersionChanges
{
    public const string Students = "students";

    public static IEnumerable<(string Table, IReadOnlyList<long> Ids)> Since(DistrictState state, long since)
    {
        ArgumentNullException.ThrowIfNull(state);
        foreach (var table in new[] { Students }.Concat(state.ExtensionTables.Keys))
        {
            var ids = Ids(state, table, since);
            if (ids.Count > 0)
            {
                yield return (table, ids);
            }
        }
    }

    /// <summary>Ids of one table changed after <paramref name="since"/>; below the initial version, every row.</summary>
    public static IReadOnlyList<long> Ids(DistrictState state, string table, long since)
    {
        ArgumentNullException.ThrowIfNull(state);
        if (since >= DataVersionLog.InitialVersion)
        {
            return state.Versions.ChangedSince(table, since);
        }

        return table == Students ? [.. state.Students.OrderedDcids] : [.. state.ExtensionTables[table].Ids];
    }
}
