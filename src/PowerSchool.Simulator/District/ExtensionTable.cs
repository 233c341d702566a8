namespace PowerSchool.Simulator.District;

/// <summary>
/// A writable PowerSchool database extension table: rows of string values by id. A row with a
/// <c>studentsdcid</c> column extends that student (one row per student), indexed for student reads.
/// </summary>
public sealed class ExtensionTable(string name)
{
    public const string StudentKey = "studentsdcid";

    private readonly SortedDictionary<long, IReadOnlyDictionary<string, string>> _rows = [];
    private readonly Dictionary<long, long> _byStudent = [];
    private long _lastId;

    public string Name { get; } = name;

    public IReadOnlyCollection<long> Ids => _rows.Keys;

    public int Count => _rows.Count;

    public IReadOnlyDictionary<string, string>? Find(long id) => _rows.GetValueOrDefault(id);

    public long? RowOfStudent(long studentDcid) => _byStudent.TryGetValue(studentDcid, out var id) ? id : null;

    public IEnumerable<(long Id, IReadOnlyDictionary<string, string> Row)> Rows => _rows.Select(pair => (pair.Key, pair.Value));

    public long Insert(IReadOnlyDictionary<string, string> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        var id = ++_lastId;
        Put(id, values);
        return id;
    }

    public void Update(long id, IReadOnlyDictionary<string, string> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        var merged = new Dictionary<string, string>(_rows[id], StringComparer.OrdinalIgnoreCase);
        foreach (var (key, value) in values)
        {
            merged[key] = value;
        }

        Unindex(id);
        Put(id, merged);
    }

    public bool Delete(long id)
    {
        Unindex(id);
        return _rows.Remove(id);
    }

    private void Put(long id, IReadOnlyDictionary<string, string> values)
    {
        var row = new Dictionary<string, string>(values, StringComparer.OrdinalIgnoreCase) { ["id"] = id.ToString(System.Globalization.CultureInfo.InvariantCulture) };
        _rows[id] = row;
        if (row.TryGetValue(StudentKey, out var dcidText) && long.TryParse(dcidText, out var dcid))
        {
            _byStudent[dcid] = id;
        }
    }

    private void Unindex(long id)
    {
        if (_rows.TryGetValue(id, out var old) && old.TryGetValue(StudentKey, out var dcidText) && long.TryParse(dcidText, out var dcid))
        {
            _byStudent.Remove(dcid);
        }
    }
}
