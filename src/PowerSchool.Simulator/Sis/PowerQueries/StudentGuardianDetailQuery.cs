using PowerSchool.Simulator.District;

namespace PowerSchool.Simulator.Sis.PowerQueries;

/// <summary><c>com.pearson.core.guardian.student_guardian_detail</c>: each student's guardians, optionally only the guardians named by a <c>guardian_id</c> array.</summary>
internal sealed class StudentGuardianDetailQuery : IPowerQuery
{
    public string Name => "com.pearson.core.guardian.student_guardian_detail";

    public IReadOnlyList<QueryField> Reads { get; } =
    [
        new("students", "dcid", IsNumber: true), new("students", "student_number", IsNumber: true), new("guardian", "guardianid", IsNumber: true), new("guardian", "firstname"),
        new("guardian", "lastname"), new("guardian", "email"), new("guardian", "phone"), new("guardianstudent", "relationship"),
    ];

    public IReadOnlyList<QueryArgument> Arguments { get; } = [new("guardian_id", Required: false)];

    public bool Flattened => false;

    public IEnumerable<QueryRow> Run(DistrictState state, QueryArguments arguments) =>
        state.Guardians
            .Where(g => QueryValues.Allows(arguments, "guardian_id", g.GuardianId) && state.Students.Find(g.StudentDcid) is not null)
            .Select(g => Row(g, state.Students.Find(g.StudentDcid)!));

    private static QueryRow Row(SisGuardian g, SisStudent s) => new(g.GuardianId, s.Dcid, "guardian", new Dictionary<string, IReadOnlyDictionary<string, string?>>
    {
        ["students"] = new Dictionary<string, string?> { ["dcid"] = QueryValues.Text(s.Dcid), ["student_number"] = QueryValues.Text(s.StudentNumber) },
        ["guardian"] = new Dictionary<string, string?>
        {
            ["guardianid"] = QueryValues.Text(g.GuardianId),
            ["firstname"] = g.FirstName,
            ["lastname"] = g.LastName,
            ["email"] = g.Email,
            ["phone"] = g.Phone,
        },
        ["guardianstudent"] = new Dictionary<string, string?> { ["relationship"] = g.Relationship },
    });
}
