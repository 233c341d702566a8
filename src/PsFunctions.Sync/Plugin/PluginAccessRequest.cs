using PowerSchool.Client.Sis.PowerQueries;
using PowerSchool.Client.Sis.Students;
using PsFunctions.Sync.Mapping;

namespace PsFunctions.Sync.Plugin;

/// <summary>
/// The database fields a PowerSchool plugin must grant this deployment: FullAccess for every SIS field the
/// mappings write, ViewOnly for what matching, the school lookup, the change feed and the plugin's named queries read. PowerSchool
/// refuses (403) any API read of a field the plugin did not request, which is what blocks most first runs.
/// </summary>
public static class PluginAccessRequest
{
    // Read by student matching (student number, state id, last + first name + birth date), by the school lookup
    // (name or abbreviation to school number) and by the plugin's named queries (every column they select, and the
    // school number they join on).
    private static readonly string[] AlwaysRead =
    [
        "Students.DCID", "Students.ID", "Students.Student_Number", "Students.State_StudentNumber",
        "Students.First_Name", "Students.Last_Name", "Students.DOB", "Students.SchoolID", "Students.Enroll_Status",
        "Schools.DCID", "Schools.School_Number", "Schools.Name", "Schools.Abbreviation",
        .. StudentQueries.Columns.Select(column => column.Column),
    ];

    // Tracked change-feed fields that are not in the writable catalogue (the others take their column from it).
    private static readonly Dictionary<string, string[]> ReadOnlyResources = new(StringComparer.Ordinal)
    {
        ["id"] = ["Students.DCID"],
    };

    /// <summary>The fields, one entry per column, FullAccess winning over ViewOnly, sorted by table and field.</summary>
    public static IReadOnlyList<PluginFieldAccess> For(IEnumerable<StudentMapping> mappings, IEnumerable<string> trackedFields)
    {
        ArgumentNullException.ThrowIfNull(mappings);
        ArgumentNullException.ThrowIfNull(trackedFields);
        var access = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var column in AlwaysRead.Concat(trackedFields.SelectMany(ColumnsOf)))
        {
            access.TryAdd(column, PluginFieldAccess.ViewOnly);
        }

        foreach (var path in mappings.SelectMany(mapping => mapping.FieldPaths))
        {
            if (SisStudentFields.Find(path) is { } field)
            {
                access[field.Column] = PluginFieldAccess.FullAccess;
            }
        }

        return [.. access
            .Select(pair => ToAccess(pair.Key, pair.Value))
            .OrderBy(entry => entry.Table, StringComparer.Ordinal)
            .ThenBy(entry => entry.Field, StringComparer.Ordinal)];
    }

    private static IEnumerable<string> ColumnsOf(string trackedField) =>
        ReadOnlyResources.TryGetValue(trackedField, out var columns)
            ? columns
            : SisStudentFields.All
                .Where(field => field.Path == trackedField || field.Path.StartsWith(trackedField + ".", StringComparison.Ordinal))
                .Select(field => field.Column);

    private static PluginFieldAccess ToAccess(string column, string access)
    {
        var dot = column.IndexOf('.', StringComparison.Ordinal);
        return new PluginFieldAccess(column[..dot].ToUpperInvariant(), column[(dot + 1)..].ToUpperInvariant(), access);
    }
}
