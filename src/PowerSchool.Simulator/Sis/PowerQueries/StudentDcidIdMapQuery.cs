using PowerSchool.Simulator.District;

namespace PowerSchool.Simulator.Sis.PowerQueries;

/// <summary>
/// <c>com.pearson.core.student.student_dcid_id_map</c>: each student's DCID and ID, as flat rows
/// (<c>record[0].dcid</c>, <c>record[0].id</c>), optionally only the students named by <c>students_dcid</c> or
/// <c>students_id</c> arrays.
/// </summary>
internal sealed class StudentDcidIdMapQuery : IPowerQuery
{
    public string Name => "com.pearson.core.student.student_dcid_id_map";

    public IReadOnlyList<QueryField> Reads { get; } = [new("students", "dcid", IsNumber: true), new("students", "id", IsNumber: true)];

    public IReadOnlyList<QueryArgument> Arguments { get; } = [new("students_dcid", Required: false), new("students_id", Required: false)];

    public bool Flattened => true;

    public IEnumerable<QueryRow> Run(DistrictState state, QueryArguments arguments) =>
        state.Students.OrderedDcids
            .Select(dcid => state.Students.Find(dcid)!)
            .Where(s => QueryValues.Allows(arguments, "students_dcid", s.Dcid) && QueryValues.Allows(arguments, "students_id", s.Id))
            .Select(s => new QueryRow(s.Dcid, s.Dcid, "students", new Dictionary<string, IReadOnlyDictionary<string, string?>>
            {
                ["students"] = new Dictionary<string, string?> { ["dcid"] = QueryValues.Text(s.Dcid), ["id"] = QueryValues.Text(s.Id) },
            }));
}
