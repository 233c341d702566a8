using PowerSchool.Simulator.District;

namespace PowerSchool.Simulator.Sis.Tables;

/// <summary>The tables /ws/schema/table serves: students, schools, sections, cc and terms read-only, plus the extension tables; names in any case.</summary>
internal static class TableCatalog
{
    private static readonly Dictionary<string, ITableSource> Core = new ITableSource[]
    {
        new CoreTable<SisStudent>("students", TableColumns.Students, s => s.Students.OrderedDcids.Select(d => s.Students.Find(d)!), s => s.Dcid, (s, id) => s.Students.Find(id)),
        new CoreTable<SisSchool>("schools", TableColumns.Schools, s => s.SchoolsByDcid.Values.OrderBy(x => x.Dcid), s => s.Dcid, (s, id) => s.SchoolsByDcid.GetValueOrDefault(id)),
        new CoreTable<SectionRow>("sections", TableColumns.Sections, s => s.Sections.Select(x => Section(s, x)), r => r.Section.Dcid,
            (s, id) => s.SectionsByDcid.GetValueOrDefault(id) is { } x ? Section(s, x) : null),
        new CoreTable<CourseEnrollmentRow>("cc", TableColumns.CourseEnrollments, s => s.CourseEnrollments.Select(c => Enrollment(s, c)), r => r.Enrollment.Dcid,
            (s, id) => id >= 1 && id <= s.CourseEnrollments.Count ? Enrollment(s, s.CourseEnrollments[(int)id - 1]) : null),
        new CoreTable<SisTerm>("terms", TableColumns.Terms, s => s.Terms, t => t.Dcid, (s, id) => s.Terms.FirstOrDefault(t => t.Dcid == id)),
    }.ToDictionary(t => t.Name, StringComparer.OrdinalIgnoreCase);

    public static ITableSource? Find(DistrictState state, string name)
    {
        ArgumentNullException.ThrowIfNull(state);
        if (Core.TryGetValue(name, out var core))
        {
            return core;
        }

        return state.ExtensionTables.ContainsKey(name) ? new ExtensionTableSource(name.ToLowerInvariant()) : null;
    }

    private static SectionRow Section(DistrictState state, SisSection section) => new(section, state.SchoolsByDcid[section.SchoolDcid].SchoolNumber);

    private static CourseEnrollmentRow Enrollment(DistrictState state, SisCourseEnrollment cc) => new(cc, state.SchoolsByDcid[cc.SchoolDcid].SchoolNumber);

    public static bool IsWritable(DistrictState state, string name) => state.ExtensionTables.ContainsKey(name);
}
