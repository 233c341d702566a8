using PowerSchool.Simulator.District;

namespace PowerSchool.Simulator.Sis.PowerQueries;

/// <summary><c>com.pearson.core.teachers.sectionEnrollments</c>: the students enrolled in the sections named by <c>section_dcid</c> (required).</summary>
internal sealed class SectionEnrollmentsQuery : IPowerQuery
{
    public string Name => "com.pearson.core.teachers.sectionEnrollments";

    public IReadOnlyList<QueryField> Reads { get; } =
    [
        new("sections", "dcid", IsNumber: true), new("cc", "studentid", IsNumber: true), new("cc", "sectionid", IsNumber: true), new("cc", "dateenrolled"),
        new("cc", "dateleft"), new("students", "dcid", IsNumber: true), new("students", "first_name"), new("students", "last_name"),
    ];

    public IReadOnlyList<QueryArgument> Arguments { get; } = [new("section_dcid", Required: true)];

    public bool Flattened => false;

    public IEnumerable<QueryRow> Run(DistrictState state, QueryArguments arguments) =>
        arguments.NumbersOf("section_dcid").Order()
            .SelectMany(section => state.CourseEnrollmentsBySection.GetValueOrDefault(section) ?? [])
            .Where(cc => state.Students.Find(cc.StudentDcid) is not null)
            .Select(cc => Row(cc, state.Students.Find(cc.StudentDcid)!));

    private static QueryRow Row(SisCourseEnrollment cc, SisStudent s) => new(cc.Id, s.Dcid, "cc", new Dictionary<string, IReadOnlyDictionary<string, string?>>
    {
        ["sections"] = new Dictionary<string, string?> { ["dcid"] = QueryValues.Text(cc.SectionDcid) },
        ["cc"] = new Dictionary<string, string?>
        {
            ["studentid"] = QueryValues.Text(cc.StudentId),
            ["sectionid"] = QueryValues.Text(cc.SectionId),
            ["dateenrolled"] = QueryValues.Text(cc.DateEnrolled),
            ["dateleft"] = QueryValues.Text(cc.DateLeft),
        },
        ["students"] = new Dictionary<string, string?> { ["dcid"] = QueryValues.Text(s.Dcid), ["first_name"] = s.FirstName, ["last_name"] = s.LastName },
    });
}
