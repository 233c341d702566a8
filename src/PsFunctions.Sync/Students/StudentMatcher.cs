using System.Globalization;
using PowerSchool.Client.Sis;
using PowerSchool.Client.Sis.Query;
using PowerSchool.Client.Sis.Students;
using PsFunctions.Sync.Mapping;

namespace PsFunctions.Sync.Students;

/// <summary>
/// Finds the SIS student a submission is about: by student number when the record carries one, else by
/// state id, else by last name + first name + birth date. A student number that finds nobody is returned
/// as such (the caller rejects it: the family named a student the SIS does not have); a state id that finds
/// nobody falls through to the name rule. Queries are built with the client's FIQL builder,
/// so a value's own <c>*</c> or <c>;</c> never changes the query.
/// </summary>
internal sealed class StudentMatcher(ISisClient sis) : IStudentLookup
{
    // Enough to tell one match from several; an ambiguous record lists what was found.
    private const int MaxCandidates = 10;

    private static readonly IReadOnlyList<string> DemographicsExpansion = ["demographics"];

    /// <summary>The match, or null when the keys cannot identify a student (no number, state id or birth date).</summary>
    public async Task<StudentMatch?> FindAsync(StudentMatchKeys keys, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(keys);
        if (!string.IsNullOrWhiteSpace(keys.StudentNumber))
        {
            var field = Fiql.Field("local_id");
            var filter = long.TryParse(keys.StudentNumber, NumberStyles.None, CultureInfo.InvariantCulture, out var number)
                ? field.EqualTo(number)
                : field.EqualTo(keys.StudentNumber);
            return new StudentMatch(MatchRule.StudentNumber, await QueryAsync(filter, null, cancellationToken));
        }

        if (!string.IsNullOrWhiteSpace(keys.StateId))
        {
            // State ids are state-wide: a student new to the district may carry one the SIS does not know yet,
            // so no match here falls through to the name rule.
            var byState = await QueryAsync(Fiql.Field("state_province_id").EqualTo(keys.StateId), null, cancellationToken);
            if (byState.Count > 0)
            {
                return new StudentMatch(MatchRule.StateId, byState);
            }
        }

        if (keys.BirthDate is not { } birthDate || string.IsNullOrWhiteSpace(keys.LastName) || string.IsNullOrWhiteSpace(keys.FirstName))
        {
            return null;
        }

        // name.last_name is a documented student search field; the birth date is compared here on the
        // demographics expansion rather than assumed to be searchable.
        var byName = Fiql.Field("name.last_name").EqualTo(keys.LastName).And(Fiql.Field("name.first_name").EqualTo(keys.FirstName));
        var dcids = await QueryAsync(byName, student => IsSamePerson(student, keys, birthDate), cancellationToken);
        return new StudentMatch(MatchRule.NameAndBirthDate, dcids);
    }

    /// <summary>
    /// The SIS students one explicit identifier names (a webhook command's): the DCID when given (it must
    /// exist), else the student number, else the state id. No fallback to names: an update names its student.
    /// </summary>
    public async Task<IReadOnlyList<long>> FindExistingAsync(long? dcid, string? studentNumber, string? stateId, CancellationToken cancellationToken = default)
    {
        if (dcid is { } id)
        {
            return await sis.GetStudentAsync(id, cancellationToken: cancellationToken) is null ? [] : [id];
        }

        if (!string.IsNullOrWhiteSpace(studentNumber))
        {
            var match = await FindAsync(new StudentMatchKeys(studentNumber, null, string.Empty, string.Empty, null), cancellationToken);
            return match?.Dcids ?? [];
        }

        return string.IsNullOrWhiteSpace(stateId)
            ? []
            : await QueryAsync(Fiql.Field("state_province_id").EqualTo(stateId), null, cancellationToken);
    }

    private async Task<IReadOnlyList<long>> QueryAsync(FiqlFilter filter, Func<SisStudent, bool>? keep, CancellationToken cancellationToken)
    {
        var options = new SisReadOptions { Filter = filter, Expansions = keep is null ? null : DemographicsExpansion, ExpectFew = true };
        var dcids = new List<long>();
        await foreach (var student in sis.GetStudentsAsync(options, cancellationToken))
        {
            if (keep is null || keep(student))
            {
                dcids.Add(student.Id);
                if (dcids.Count >= MaxCandidates)
                {
                    break;
                }
            }
        }

        return dcids;
    }

    private static bool IsSamePerson(SisStudent student, StudentMatchKeys keys, DateOnly birthDate) =>
        student.Demographics?.BirthDate == birthDate
        && SameName(student.Name?.LastName, keys.LastName)
        && SameName(student.Name?.FirstName, keys.FirstName);

    private static bool SameName(string? sis, string submitted) =>
        sis is null || string.Equals(sis.Trim(), submitted.Trim(), StringComparison.OrdinalIgnoreCase);
}
