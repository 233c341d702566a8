using System.Xml.Linq;
using PowerSchool.Client.Sis.PowerQueries;

namespace PsFunctions.Sync.Plugin;

/// <summary>
/// The <c>named_queries.xml</c> of the product's student queries (<see cref="StudentQueries"/>): flattened rows of
/// <see cref="StudentQueries.Columns"/> from <c>Students</c>, the school's DCID joined from <c>Schools</c>, ordered by
/// DCID so paging is stable. Array arguments are used as <c>in (:name)</c>, PowerSchool's form for arrays; dates are
/// selected as <c>to_char(…, 'YYYY-MM-DD')</c>. The SQL is plain enough for the SQLite test that runs it.
/// </summary>
internal static class StudentQueryDefinitions
{
    private const string StudentsAlias = "s";
    private const string SchoolsAlias = "sc";

    /// <summary>The table aliases the SQL uses, by alias (a test maps every <c>alias.column</c> to the access request).</summary>
    public static IReadOnlyDictionary<string, string> TableAliases { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        [StudentsAlias] = "Students",
        [SchoolsAlias] = "Schools",
    };

    public static PluginNamedQuery MatchCandidates { get; } = Define(
        StudentQueries.MatchCandidates,
        "Candidate students of an Enrollment submission: by student number, state id or upper-cased last name (the caller re-checks them).",
        [
            (StudentQueries.StudentNumbersArgument, "STUDENTS.STUDENT_NUMBER"),
            (StudentQueries.StateIdsArgument, "STUDENTS.STATE_STUDENTNUMBER"),
            (StudentQueries.LastNamesArgument, "STUDENTS.LAST_NAME"),
        ],
        $"{StudentsAlias}.Student_Number in (:{StudentQueries.StudentNumbersArgument})"
            + $" or {StudentsAlias}.State_StudentNumber in (:{StudentQueries.StateIdsArgument})"
            + $" or upper({StudentsAlias}.Last_Name) in (:{StudentQueries.LastNamesArgument})");

    public static PluginNamedQuery ByDcid { get; } = Define(
        StudentQueries.ByDcid,
        "Students by DCID: what the SIS change feed compares after a data version reports them changed.",
        [(StudentQueries.DcidsArgument, "STUDENTS.DCID")],
        $"{StudentsAlias}.DCID in (:{StudentQueries.DcidsArgument})");

    private static PluginNamedQuery Define(string name, string description, (string Name, string Column)[] arguments, string where)
    {
        var query = new XElement("query",
            new XAttribute("name", name),
            new XAttribute("coreTable", "students"),
            new XAttribute("flattened", "true"),
            new XElement("description", description),
            new XElement("args", arguments.Select(a => new XElement("arg",
                new XAttribute("name", a.Name), new XAttribute("column", a.Column), new XAttribute("type", "array"), new XAttribute("required", "true")))),
            new XElement("columns", StudentQueries.Columns.Select(c => new XElement("column", new XAttribute("column", c.Column.ToUpperInvariant()), c.Name))),
            new XElement("sql", new XCData(Sql(where))));
        var document = new XDocument(new XDeclaration("1.0", "UTF-8", null), new XElement("queries", query));
        return new PluginNamedQuery(name, document.Declaration + Environment.NewLine + document.Root + Environment.NewLine);
    }

    private static string Sql(string where)
    {
        var select = string.Join($",{Environment.NewLine}  ", StudentQueries.Columns.Select(Select));
        return $"""

            select
              {select}
            from Students {StudentsAlias}
            left outer join Schools {SchoolsAlias} on {SchoolsAlias}.School_Number = {StudentsAlias}.SchoolID
            where {where}
            order by {StudentsAlias}.DCID

            """;
    }

    private static string Select(StudentQueryColumn column)
    {
        var alias = TableAliases.Single(pair => pair.Value.Equals(column.Table, StringComparison.OrdinalIgnoreCase)).Key;
        var reference = $"{alias}.{column.Field}";
        return column.Type == StudentQueryColumnType.Date
            ? $"to_char({reference}, 'YYYY-MM-DD') as {column.Name}"
            : $"{reference} as {column.Name}";
    }
}
