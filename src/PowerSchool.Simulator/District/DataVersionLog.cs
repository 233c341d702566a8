namespace PowerSchool.Simulator.District;

/// <summary>
/// PowerSchool's data versions: a district-wide counter that every write bumps, and which rows each
/// version changed, so a client can ask for "rows changed since version N". The loaded district is
/// version 1; asking since 0 returns every row.
/// </summary>
public sealed class DataVersionLog
{
    public const long InitialVersion = 1;

    private readonly List<(long Version, string Table, long Id)> _changes = [];

    public long Current { get; private set; } = InitialVersion;

    /// <summary>Records a write of one row and returns the new version.</summary>
    public long Record(string table, long id)
    {
        Current++;
        _changes.Add((Current, table, id));
        return Current;
    }

    /// <summary>Ids of rows of <paramref name="table"/> changed after <paramref name="since"/>, in order of change, each once.</summary>
    public IReadOnlyList<long> ChangedSince(string table, long since)
    {
        var first = FirstAfter(since);
        var seen = new HashSet<long>();
        var ids = new List<long>();
        for (var i = first; i < _changes.Count; i++)
        {
            var change = _changes[i];
            if (string.Equals(change.Table, table, StringComparison.OrdinalIgnoreCase) && seen.Add(change.Id))
            {
                ids.Add(change.Id);
            }
        }

        return ids;
    }

    public void Clear()
    {
        _changes.Clear();
        Current = InitialVersion;
    }

    private int FirstAfter(long since)
    {
        int low = 0, high = _changes.Count;
        while (low < high)
        {
            var mid = (low + high) / 2;
            if (_changes[mid].Version <= since)
            {
                low = mid + 1;
            }
            else
            {
                high = mid;
            }
        }

        return low;
    }
}
