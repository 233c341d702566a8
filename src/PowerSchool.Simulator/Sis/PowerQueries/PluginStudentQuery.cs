using PowerSchool.Simulator.District;

namespace PowerSchool.Simulator.Sis.PowerQueries;

/// <summary>
/// The PsFunctions plugin's student queries, flattened rows of the same columns in DCID order:
/// <c>org.psfunctions.sync.students.match_candidates</c> (<c>Student_Number in (:student_numbers) or
/// State_StudentNumber in (:state_ids) or upper(Last_Name) in (:last_names)</c>; state ids compare exactly, as Oracle
/// compares text, and last names upper-cased, so callers send them upper-cased) and
/// <c>org.psfunctions.sync.students.by_dcid</c> (<c>DCID in (:dcids)</c>); the columns past enrollment are
/// <see cref="PluginStudentBlocks"/>. The product's <c>StudentQueries</c> is the
/// source of names and columns; a test keeps these equal to it.
/// </summary>
public sealed class PluginStudentQuery : IPowerQuery
{
    private readonly Func<DistrictState, QueryArguments, IEnumerable<SisStudent?>> _students;

    private PluginStudentQuery(string name, IReadOnlyList<QueryArgument> arguments, Func<DistrictState, QueryArguments, IEnumerable<SisStudent?>> students)
    {
        Name = name;
        Arguments = arguments;
        _students = students;
    }

    public static PluginStudentQuery MatchCandidates { get; } = new(
        "org.psfunctions.sync.students.match_candidates",
        [new("student_numbers", Required: true), new("state_ids", Required: true, QueryArgumentKind.Text), new("last_names", Required: true, QueryArgumentKind.Text)],
        Candidates);

    public static PluginStudentQuery ByDcid { get; } = new(
        "org.psfunctions.sync.students.by_dcid", [new("dcids", Required: true)], (state, arguments) => arguments.NumbersOf("dcids").Select(state.Students.Find));

    public string Name { get; }

    public IReadOnlyList<QueryArgument> Arguments { get; }

    public bool Flattened => true;

    public IReadOnlyList<QueryField> Reads { get; } =
    [
        new("students", "dcid", IsNumber: true), new("students", "id", IsNumber: true), new("students", "student_number", IsNumber: true),
        new("students", "state_studentnumber"), new("students", "student_web_id"), new("students", "last_name"), new("students", "first_name"),
        new("students", "middle_name"), new("students", "dob"), new("students", "gender"), new("students", "districtentrydate"),
        new("students", "sched_yearofgraduation", IsNumber: true), new("students", "enroll_status", IsNumber: true),
        new("students", "grade_level", IsNumber: true), new("students", "schoolid", IsNumber: true),
        new("schools", "dcid", IsNumber: true, As: "school_dcid"), new("students", "entrydate"), new("students", "exitdate"),
        new("students", "entrycode"), new("students", "transfercomment"), new("students", "exitcode"), new("students", "exitcomment"),
        new("students", "districtofresidence"), new("students", "track"), new("students", "fteid", IsNumber: true),
        .. PluginStudentBlocks.Reads,
    ];

    public IEnumerable<QueryRow> Run(DistrictState state, QueryArguments arguments) =>
        _students(state, arguments).OfType<SisStudent>().DistinctBy(s => s.Dcid).OrderBy(s => s.Dcid).Select(s => Row(s, state));

    private static IEnumerable<SisStudent?> Candidates(DistrictState state, QueryArguments arguments)
    {
        var stateIds = arguments.TextsOf("state_ids");
        var lastNames = arguments.TextsOf("last_names");
        return arguments.NumbersOf("student_numbers").Select(state.Students.FindByStudentNumber)
            .Concat(stateIds.Select(state.Students.FindByStateNumber).Where(s => s?.StateStudentNumber is { } id && stateIds.Contains(id)))
            .Concat(lastNames.SelectMany(name => state.Students.ByLastName(name, prefix: false)).Where(s => lastNames.Contains(s.LastName.ToUpperInvariant())));
    }

    // The student's row: values as text, null where the column is empty (left out of the answer).
    private static QueryRow Row(SisStudent s, DistrictState state)
    {
        var e = s.Enrollment;
        var students = new Dictionary<string, string?>
        {
            ["dcid"] = QueryValues.Text(s.Dcid),
            ["id"] = QueryValues.Text(s.Id),
            ["student_number"] = QueryValues.Text(s.StudentNumber),
            ["state_studentnumber"] = s.StateStudentNumber,
            ["student_web_id"] = s.StudentWebId,
            ["last_name"] = s.LastName,
            ["first_name"] = s.FirstName,
            ["middle_name"] = s.MiddleName,
            ["dob"] = Text(s.DateOfBirth),
            ["gender"] = s.Gender,
            ["districtentrydate"] = Text(s.DistrictEntryDate),
            ["sched_yearofgraduation"] = Text(s.ProjectedGraduationYear),
            ["enroll_status"] = QueryValues.Text(e.EnrollStatusCode),
            ["grade_level"] = QueryValues.Text(e.GradeLevel),
            ["schoolid"] = QueryValues.Text(e.SchoolNumber),
            ["entrydate"] = QueryValues.Text(e.EntryDate),
            ["exitdate"] = QueryValues.Text(e.ExitDate),
            ["entrycode"] = e.EntryCode,
            ["transfercomment"] = e.EntryComment,
            ["exitcode"] = e.ExitCode,
            ["exitcomment"] = e.ExitComment,
            ["districtofresidence"] = e.DistrictOfResidence,
            ["track"] = e.Track,
            ["fteid"] = Text(e.FteId),
        };
        foreach (var (column, value) in PluginStudentBlocks.Values(s))
        {
            students[column] = value;
        }

        var school = state.SchoolsByNumber.TryGetValue(e.SchoolNumber, out var found) ? QueryValues.Text(found.Dcid) : null;
        return new QueryRow(s.Dcid, s.Dcid, "students", new Dictionary<string, IReadOnlyDictionary<string, string?>>
        {
            ["students"] = students,
            ["schools"] = new Dictionary<string, string?> { ["school_dcid"] = school },
        });
    }

    private static string? Text(long? value) => value is { } v ? QueryValues.Text(v) : null;

    private static string? Text(DateOnly? value) => value is { } v ? QueryValues.Text(v) : null;
}
