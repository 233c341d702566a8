using PowerSchool.Simulator.District;

namespace PowerSchool.Simulator.Sis.Tables;

/// <summary>The tables /ws/schema/table serves: students, schools, sections and cc read-only, plus the extension tables.</summary>
internal static class TableCatalog
{
    private static readonly Dictionary<string, ITableSource> Core = new ITableSource[]
    {
        new CoreTable<SisStudent>("students", TableColumns.Students, s => s.Students.OrderedDcids.Select(d => s.Students.Find(d)!), s => s.Dcid, (s, id) => s.Students.Find(id)),
        new CoreTable<SisSchool>("schools", TableColumns.Schools, s => s.SchoolsByDcid.Values.OrderBy(x => x.Dcid), s => s.Dcid, (s, id) => s.SchoolsByDcid.GetValueOrDefault(id)),
        new CoreTable<SisSection>("sections", TableColumns.Sections, s => s.Sections, s => s.Dcid, (s, id) => s.SectionsByDcid.GetValueOrDefault(id)),
        new CoreTable<SisCourseEnrollment>("cc", TableColumns.CourseEnrollments, s => s.CourseEnrollments, c => c.Dcid, (s, id) => id >= 1 && id <= s.CourseEnrollments.Count ? s.CourseEnrollments[(int)id - 1] : null),
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

    public static bool IsWritable(DistrictState state, string name) => state.ExtensionTables.ContainsKey(name);
}
