namespace PowerSchool.Simulator.District;

/// <summary>
/// Students with the indexes reads need at 100,000 rows: by DCID, student number, state number and
/// last name (ordered, for exact and prefix matches), and DCIDs in ascending order for paging.
/// Not thread-safe: <see cref="DistrictStore"/> guards it.
/// </summary>
public sealed class StudentIndex
{
    private readonly Dictionary<long, SisStudent> _byDcid = [];
    private readonly List<long> _orderedDcids = [];
    private readonly Dictionary<long, long> _byStudentNumber = [];
    private readonly Dictionary<string, long> _byStateNumber = new(StringComparer.OrdinalIgnoreCase);
    private readonly SortedSet<(string Key, long Dcid)> _byLastName = new(LastNameComparer.Instance);

    public int Count => _orderedDcids.Count;

    /// <summary>DCIDs in ascending order (new students get higher DCIDs, so inserts append).</summary>
    public IReadOnlyList<long> OrderedDcids => _orderedDcids;

    /// <summary>Highest Students.ID in use (a new student gets the next).</summary>
    public long MaxId { get; private set; }

    /// <summary>Highest student number in use (an INSERT without local_id gets the next).</summary>
    public long MaxStudentNumber { get; private set; }

    public long MaxDcid => _orderedDcids.Count == 0 ? 0 : _orderedDcids[^1];

    public SisStudent? Find(long dcid) => _byDcid.GetValueOrDefault(dcid);

    public SisStudent? FindByStudentNumber(long studentNumber) =>
        _byStudentNumber.TryGetValue(studentNumber, out var dcid) ? _byDcid[dcid] : null;

    public SisStudent? FindByStateNumber(string stateNumber) =>
        _byStateNumber.TryGetValue(stateNumber, out var dcid) ? _byDcid[dcid] : null;

    /// <summary>Students whose last name equals <paramref name="value"/>, or starts with it when <paramref name="prefix"/> (case-insensitive).</summary>
    public IEnumerable<SisStudent> ByLastName(string value, bool prefix)
    {
        var key = LastNameComparer.Key(value);
        var upper = prefix ? key + '\uffff' : key;
        return _byLastName.GetViewBetween((key, long.MinValue), (upper, long.MaxValue)).Select(entry => _byDcid[entry.Dcid]);
    }

    /// <summary>Index of the first DCID at or above <paramref name="dcid"/> in <see cref="OrderedDcids"/>.</summary>
    public int LowerBound(long dcid)
    {
        var at = _orderedDcids.BinarySearch(dcid);
        return at >= 0 ? at : ~at;
    }

    public void Add(SisStudent student)
    {
        if (student.Dcid <= MaxDcid)
        {
            throw new InvalidOperationException($"Student DCID {student.Dcid} is not above the highest DCID {MaxDcid}.");
        }

        _orderedDcids.Add(student.Dcid);
        Index(student);
    }

    public void Replace(SisStudent student)
    {
        var old = _byDcid[student.Dcid];
        _byStudentNumber.Remove(old.StudentNumber);
        if (old.StateStudentNumber is not null)
        {
            _byStateNumber.Remove(old.StateStudentNumber);
        }

        _byLastName.Remove((LastNameComparer.Key(old.LastName), old.Dcid));
        Index(student);
    }

    private void Index(SisStudent student)
    {
        MaxId = Math.Max(MaxId, student.Id);
        MaxStudentNumber = Math.Max(MaxStudentNumber, student.StudentNumber);
        _byDcid[student.Dcid] = student;
        _byStudentNumber[student.StudentNumber] = student.Dcid;
        if (!string.IsNullOrEmpty(student.StateStudentNumber))
        {
            _byStateNumber[student.StateStudentNumber] = student.Dcid;
        }

        _byLastName.Add((LastNameComparer.Key(student.LastName), student.Dcid));
    }

    private sealed class LastNameComparer : IComparer<(string Key, long Dcid)>
    {
        public static readonly LastNameComparer Instance = new();

        public static string Key(string lastName) => lastName.ToUpperInvariant();

        public int Compare((string Key, long Dcid) x, (string Key, long Dcid) y)
        {
            var byKey = string.CompareOrdinal(x.Key, y.Key);
            return byKey != 0 ? byKey : x.Dcid.CompareTo(y.Dcid);
        }
    }
}
