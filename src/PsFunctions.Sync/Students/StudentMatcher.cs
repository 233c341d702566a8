using System.Globalization;
using System.Net;
using System.Text;
using PowerSchool.Client;
using PowerSchool.Client.Sis;
using PowerSchool.Client.Sis.Query;
using PowerSchool.Client.Sis.Students;
using PsFunctions.Sync.Mapping;
using PsFunctions.Sync.Outcomes;

namespace PsFunctions.Sync.Students;

/// <summary>
/// Finds the SIS student a submission is about: by student number when the record carries one, else by
/// state id, else by last name + first name + birth date. A student number that finds nobody is returned
/// as such (the caller rejects it: the family named a student the SIS does not have); a state id that finds
/// nobody falls through to the name rule.
/// Lookups cannot be steered by the values they are built from: keys are checked first (<see cref="LookupKeyRules"/>),
/// queries are built with the client's FIQL builder (values escaped), and every student PowerSchool returns is
/// compared with the submitted value before it counts, so a wildcard, separator or operator the server read
/// into a value widens nothing. A lookup PowerSchool answers 400 (or one that answers more students than a lookup
/// can) is a <see cref="StudentMatch.Problem"/> of that submission alone.
/// </summary>
internal sealed class StudentMatcher(ISisClient sis, LookupKeyRules rules) : IStudentLookup
{
    // Enough to tell one match from several; an ambiguous record lists what was found.
    private const int MaxCandidates = 10;

    // Students read from one answer before the lookup gives up: an identifier names one student, a name a few;
    // more is a query that was widened, and reading on would cost a request per page.
    private const int MaxExamined = 200;

    /// <summary>The match, or null when the keys cannot identify a student (no number, state id or birth date).</summary>
    public async Task<StudentMatch?> FindAsync(StudentMatchKeys keys, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(keys);
        if (!string.IsNullOrWhiteSpace(keys.StudentNumber))
        {
            return await ByStudentNumberAsync(keys.StudentNumber, cancellationToken);
        }

        if (!string.IsNullOrWhiteSpace(keys.StateId))
        {
            // State ids are state-wide: a student new to the district may carry one the SIS does not know yet,
            // so no match here falls through to the name rule.
            var byState = await ByStateIdAsync(keys.StateId, cancellationToken);
            if (byState.Problem is not null || byState.Dcids.Count > 0)
            {
                return byState;
            }
        }

        if (keys.BirthDate is not { } birthDate || string.IsNullOrWhiteSpace(keys.LastName) || string.IsNullOrWhiteSpace(keys.FirstName))
        {
            return null;
        }

        // name.last_name is a documented student search field; the birth date is compared here on the
        // demographics expansion rather than assumed to be searchable.
        var byName = Fiql.Field("name.last_name").EqualTo(keys.LastName).And(Fiql.Field("name.first_name").EqualTo(keys.FirstName));
        return await QueryAsync(MatchRule.NameAndBirthDate, byName, student => IsSamePerson(student, keys, birthDate), cancellationToken);
    }

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
            return await ByStudentNumberAsync(studentNumber, cancellationToken);
        }

        return string.IsNullOrWhiteSpace(stateId)
            ? new StudentMatch(MatchRule.StateId, [])
            : await ByStateIdAsync(stateId, cancellationToken);
    }

    private async Task<StudentMatch> ByStudentNumberAsync(string studentNumber, CancellationToken cancellationToken)
    {
        if (LookupKeyRules.CheckStudentNumber(studentNumber) is { } problem)
        {
            return StudentMatch.Refused(MatchRule.StudentNumber, problem);
        }

        var number = long.Parse(studentNumber, NumberStyles.None, CultureInfo.InvariantCulture);
        return await QueryAsync(MatchRule.StudentNumber, Fiql.Field("local_id").EqualTo(number), student => student.LocalId == number, cancellationToken);
    }

    private async Task<StudentMatch> ByStateIdAsync(string stateId, CancellationToken cancellationToken)
    {
        if (rules.CheckStateId(stateId) is { } problem)
        {
            return StudentMatch.Refused(MatchRule.StateId, problem);
        }

        return await QueryAsync(
            MatchRule.StateId, Fiql.Field("state_province_id").EqualTo(stateId), student => SameText(student.StateProvinceId, stateId), cancellationToken);
    }

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
                    if (matched.Count >= MaxCandidates)
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

        return new StudentMatch(rule, [.. matched.Select(student => student.Id)]) { Student = matched.Count == 1 ? matched[0] : null };
    }

    private static string FieldOf(MatchRule rule) => rule switch
    {
        MatchRule.StudentNumber => "local_id",
        MatchRule.StateId => "state_province_id",
        _ => "name.last_name",
    };

    private static bool IsSamePerson(SisStudent student, StudentMatchKeys keys, DateOnly birthDate) =>
        student.Demographics?.BirthDate == birthDate
        && SameText(student.Name?.LastName, keys.LastName)
        && SameText(student.Name?.FirstName, keys.FirstName);

    // The submitted value exactly, apart from case, surrounding spaces and Unicode composition (the mapping stores NFC):
    // a student PowerSchool returned for a widened query is not a match. No value, no match.
    private static bool SameText(string? sis, string submitted) =>
        sis is not null
        && string.Equals(
            sis.Trim().Normalize(NormalizationForm.FormC), submitted.Trim().Normalize(NormalizationForm.FormC), StringComparison.OrdinalIgnoreCase);
}
