namespace PowerSchool.Simulator.District;

/// <summary>
/// The live district: indexed rows, extension tables and data versions. Only touched inside
/// <see cref="DistrictStore.Read{T}"/> or <see cref="DistrictStore.Write{T}"/>, which hold its lock.
/// </summary>
public sealed class DistrictState
{
    public DistrictState(DistrictData data, IEnumerable<string> extensionTables)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(extensionTables);
        District = data.District ?? SisDistrict.Unnamed;
        Terms = data.Terms;
        Schools = [.. data.Schools.OrderBy(s => s.Name, StringComparer.Ordinal).ThenBy(s => s.Dcid)];
        SchoolsByDcid = data.Schools.ToDictionary(s => s.Dcid);
        SchoolsByNumber = data.Schools.ToDictionary(s => s.SchoolNumber);
        CoursesBySchool = Group(data.Courses, c => c.SchoolDcid);
        SectionsBySchool = Group(data.Sections, s => s.SchoolDcid);
        Sections = data.Sections;
        SectionsByDcid = data.Sections.ToDictionary(s => s.Dcid);
        Guardians = data.Guardians;
        GuardiansByStudent = Group(data.Guardians, g => g.StudentDcid);
        CourseEnrollments = data.CourseEnrollments;
        CourseEnrollmentsBySection = Group(data.CourseEnrollments, c => c.SectionDcid);
        foreach (var student in data.Students.OrderBy(s => s.Dcid))
        {
            Students.Add(student);
        }

        foreach (var table in extensionTables)
        {
            ExtensionTables[table] = new ExtensionTable(table);
        }
    }

    public StudentIndex Students { get; } = new();

    public SisDistrict District { get; }

    public IReadOnlyList<SisTerm> Terms { get; }

    /// <summary>Schools sorted by name, as PowerSchool lists them.</summary>
    public IReadOnlyList<SisSchool> Schools { get; }

    public IReadOnlyDictionary<long, SisSchool> SchoolsByDcid { get; }

    public IReadOnlyDictionary<int, SisSchool> SchoolsByNumber { get; }

    public IReadOnlyDictionary<long, IReadOnlyList<SisCourse>> CoursesBySchool { get; }

    public IReadOnlyDictionary<long, IReadOnlyList<SisSection>> SectionsBySchool { get; }

    public IReadOnlyList<SisSection> Sections { get; }

    public IReadOnlyDictionary<long, SisSection> SectionsByDcid { get; }

    public IReadOnlyList<SisGuardian> Guardians { get; }

    public IReadOnlyDictionary<long, IReadOnlyList<SisGuardian>> GuardiansByStudent { get; }

    public IReadOnlyList<SisCourseEnrollment> CourseEnrollments { get; }

    public IReadOnlyDictionary<long, IReadOnlyList<SisCourseEnrollment>> CourseEnrollmentsBySection { get; }

    /// <summary>The writable extension tables by name; values are strings as PowerSchool stores them.</summary>
    public Dictionary<string, ExtensionTable> ExtensionTables { get; } = new(StringComparer.OrdinalIgnoreCase);

    public DataVersionLog Versions { get; } = new();

    private static Dictionary<long, IReadOnlyList<T>> Group<T>(IEnumerable<T> rows, Func<T, long> key) =>
        rows.GroupBy(key).ToDictionary(g => g.Key, g => (IReadOnlyList<T>)g.ToList());
}
