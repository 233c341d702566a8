using PowerSchool.Simulator.District;

namespace PowerSchool.Simulator.Sis.PowerQueries;

/// <summary><c>com.pearson.core.student.student_dcid_id_map</c>: each student's DCID and ID (optionally only <c>students_dcid</c>).</summary>
internal sealed class StudentDcidIdMapQuery : IPowerQuery
{
    public string Name => "com.pearson.core.student.student_dcid_id_map";

    public IReadOnlyList<QueryField> Reads { get; } = [new("students", "dcid"), new("students", "id")];

    public IReadOnlyList<QueryArgument> Arguments { get; } = [new("students_dcid", Required: false)];

    public IEnumerable<QueryRow> Run(DistrictState state, IReadOnlyDictionary<string, IReadOnlySet<long>> arguments) =>
        state.Students.OrderedDcids
            .Where(dcid => QueryValues.Allows(arguments, "students_dcid", dcid))
            .Select(dcid => state.Students.Find(dcid)!)
            .Select(s => new QueryRow(s.Dcid, s.Dcid, "students", new Dictionary<string, IReadOnlyDictionary<string, string?>>
            {
                ["students"] = new Dictionary<string, string?> { ["dcid"] = QueryValues.Text(s.Dcid), ["id"] = QueryValues.Text(s.Id) },
            }));
}
