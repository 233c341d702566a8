using System.Globalization;
using PsFunctions.Sync.Mapping;

namespace PsFunctions.Sync.Students;

/// <summary>
/// The order the match rules are tried in, the one place it is written: by student number when the record carries one
/// (a number that finds nobody is returned as such, and the caller rejects it: the family named a student the SIS does
/// not have), else by state id, else by last name + first name + birth date. A state id that finds nobody falls through
/// to the name rule: state ids are state-wide, and a student new to the district may carry one the SIS does not know yet.
/// Keys are checked (<see cref="LookupKeyRules"/>) before any search is made with them.
/// </summary>
internal static class MatchRuleOrder
{
    /// <summary>The match, or null when the keys cannot identify a student (no number, state id or birth date).</summary>
    public static async Task<StudentMatch?> FindAsync(
        StudentMatchKeys keys, LookupKeyRules rules, IStudentKeyLookups lookups, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(keys);
        if (!string.IsNullOrWhiteSpace(keys.StudentNumber))
        {
            return await ByStudentNumberAsync(keys.StudentNumber, lookups, cancellationToken);
        }

        if (!string.IsNullOrWhiteSpace(keys.StateId))
        {
            var byState = await ByStateIdAsync(keys.StateId, rules, lookups, cancellationToken);
            if (byState.Problem is not null || byState.Dcids.Count > 0)
            {
                return byState;
            }
        }

        return keys.BirthDate is { } birthDate && !string.IsNullOrWhiteSpace(keys.LastName) && !string.IsNullOrWhiteSpace(keys.FirstName)
            ? await lookups.ByNameAndBirthDateAsync(keys, birthDate, cancellationToken)
            : null;
    }

    public static async Task<StudentMatch> ByStudentNumberAsync(string studentNumber, IStudentKeyLookups lookups, CancellationToken cancellationToken)
    {
        if (LookupKeyRules.CheckStudentNumber(studentNumber) is { } problem)
        {
            return StudentMatch.Refused(MatchRule.StudentNumber, problem);
        }

        return await lookups.ByStudentNumberAsync(ParseStudentNumber(studentNumber), cancellationToken);
    }

    public static async Task<StudentMatch> ByStateIdAsync(string stateId, LookupKeyRules rules, IStudentKeyLookups lookups, CancellationToken cancellationToken)
    {
        if (rules.CheckStateId(stateId) is { } problem)
        {
            return StudentMatch.Refused(MatchRule.StateId, problem);
        }

        return await lookups.ByStateIdAsync(stateId, cancellationToken);
    }

    /// <summary>A student number that passed <see cref="LookupKeyRules.CheckStudentNumber"/>, as the SIS's number.</summary>
    public static long ParseStudentNumber(string studentNumber) => long.Parse(studentNumber, NumberStyles.None, CultureInfo.InvariantCulture);
}
