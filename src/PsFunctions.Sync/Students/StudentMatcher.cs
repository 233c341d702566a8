using System.Net;
using PowerSchool.Client;
using PowerSchool.Client.Sis;
using PowerSchool.Client.Sis.Query;
using PowerSchool.Client.Sis.Students;
using PsFunctions.Sync.Mapping;
using PsFunctions.Sync.Outcomes;

namespace PsFunctions.Sync.Students;

/// <summary>
/// Finds the SIS student a submission is about with one SIS search per record, in <see cref="MatchRuleOrder"/>: what a
/// message falls back to when the plugin does not ship its named query (<see cref="NamedQueryStudentLookup"/>), and the
/// webhook update path's lookup by explicit ids. Lookups cannot be steered by the values they are built from: keys are checked first (<see cref="LookupKeyRules"/>),
/// queries are built with the client's FIQL builder (values escaped), and every student PowerSchool returns is
/// compared with the submitted value before it counts (<see cref="StudentKeyComparison"/>), so a wildcard, separator or operator the server read
/// into a value widens nothing. A lookup PowerSchool answers 400 (or one that answers more students than a lookup
/// can) is a <see cref="StudentMatch.Problem"/> of that submission alone.
/// </summary>
internal sealed class StudentMatcher(ISisClient sis, LookupKeyRules rules) : IStudentLookup, IStudentKeyLookups
{
    // Students read from one answer before the lookup gives up: an identifier names one student, a name a few;
    // more is a query that was widened, and reading on would cost a request per page.
    private const int MaxExamined = 200;

    /// <summary>The match, or null when the keys cannot identify a student (no number, state id or birth date).</summary>
    public Task<StudentMatch?> FindAsync(StudentMatchKeys keys, CancellationToken cancellationToken = default) =>
        MatchRuleOrder.FindAsync(keys, rules, this, cancellationToken);

    /// <summary>
    /// The SIS student one explicit identifier names (a webhook command's): the DCID when given (it must
    /// exist), else the student number, else the state id. No fallback to names: an update names its student.
    /// </summary>
    public async Task<StudentMatch> FindExistingAsync(long? dcid, string? studentNumber, string? stateId, CancellationToken cancellationToken = default)
    {
        if (dcid is { } id)
        {
            var student = await sis.GetStudentAsync(id, new SisReadOptions { Expansions = SisStudentFields.Expansions }, cancellationToken);
            return student is null ? new StudentMatch(MatchRule.Dcid, []) : new StudentMatch(MatchRule.Dcid, [id]) { Student = student };
        }

        if (!string.IsNullOrWhiteSpace(studentNumber))
        {
            return await MatchRuleOrder.ByStudentNumberAsync(studentNumber, this, cancellationToken);
        }

        return string.IsNullOrWhiteSpace(stateId)
            ? new StudentMatch(MatchRule.StateId, [])
            : await MatchRuleOrder.ByStateIdAsync(stateId, rules, this, cancellationToken);
    }

    Task<StudentMatch> IStudentKeyLookups.ByStudentNumberAsync(long studentNumber, CancellationToken cancellationToken) =>
        QueryAsync(
            MatchRule.StudentNumber, Fiql.Field("local_id").EqualTo(studentNumber),
            student => StudentKeyComparison.HasStudentNumber(student, studentNumber), cancellationToken);

    Task<StudentMatch> IStudentKeyLookups.ByStateIdAsync(string stateId, CancellationToken cancellationToken) =>
        QueryAsync(
            MatchRule.StateId, Fiql.Field("state_province_id").EqualTo(stateId),
            student => StudentKeyComparison.HasStateId(student, stateId), cancellationToken);

    // name.last_name is a documented student search field; the birth date is compared here on the demographics
    // expansion rather than assumed to be searchable.
    Task<StudentMatch> IStudentKeyLookups.ByNameAndBirthDateAsync(StudentMatchKeys keys, DateOnly birthDate, CancellationToken cancellationToken) =>
        QueryAsync(
            MatchRule.NameAndBirthDate,
            Fiql.Field("name.last_name").EqualTo(keys.LastName).And(Fiql.Field("name.first_name").EqualTo(keys.FirstName)),
            student => StudentKeyComparison.IsSamePerson(student, keys, birthDate), cancellationToken);

    private async Task<StudentMatch> QueryAsync(MatchRule rule, FiqlFilter filter, Func<SisStudent, bool> isMatch, CancellationToken cancellationToken)
    {
        var options = new SisReadOptions
        {
            Filter = filter,
            // Every expansion a write can change: the one matched student is what the SIS holds before an UPDATE.
            Expansions = SisStudentFields.Expansions,
            ExpectFew = true,
        };
        var matched = new List<SisStudent>();
        var examined = 0;
        try
        {
            await foreach (var student in sis.GetStudentsAsync(options, cancellationToken))
            {
                if (++examined > MaxExamined)
                {
                    return StudentMatch.Refused(rule, new RejectionReason(
                        FieldOf(rule), $"was looked up and PowerSchool answered more than {MaxExamined} students",
                        "a lookup by an identifier or a name names few students; a person must check the record"));
                }

                if (isMatch(student))
                {
                    matched.Add(student);
                    if (matched.Count >= StudentKeyComparison.MaxCandidates)
                    {
                        break;
                    }
                }
            }
        }
        catch (PowerSchoolException ex) when (ex.StatusCode == HttpStatusCode.BadRequest)
        {
            // PowerSchool's text may quote the value: it stays in the protected rejection store (the rule), never in an event.
            return StudentMatch.Refused(rule, new RejectionReason(
                FieldOf(rule), "was refused by PowerSchool when looked up (HTTP 400)", $"PowerSchool: {ex.ServerMessage ?? "no message"}"));
        }

        return StudentKeyComparison.MatchOf(rule, matched);
    }

    private static string FieldOf(MatchRule rule) => rule switch
    {
        MatchRule.StudentNumber => "local_id",
        MatchRule.StateId => "state_province_id",
        _ => "name.last_name",
    };
}
