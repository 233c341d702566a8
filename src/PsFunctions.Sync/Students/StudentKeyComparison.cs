using System.Text;
using PowerSchool.Client.Sis.Students;
using PsFunctions.Sync.Mapping;

namespace PsFunctions.Sync.Students;

/// <summary>
/// Whether a student the SIS returned is the one a submission's key names, on the exact submitted value: a student
/// that came back for a widened query, or as one of a message's candidates, counts only when this says so. Both the
/// per-record lookup (<see cref="StudentMatcher"/>) and the message's candidates (<see cref="CandidateStudents"/>) decide
/// with these rules, so the two ways match the same students.
/// </summary>
internal static class StudentKeyComparison
{
    /// <summary>Matched students kept per match: enough to tell one from several; an ambiguous record lists what was found.</summary>
    public const int MaxCandidates = 10;

    public static bool HasStudentNumber(SisStudent student, long studentNumber) => student.LocalId == studentNumber;

    public static bool HasStateId(SisStudent student, string stateId) => SameText(student.StateProvinceId, stateId);

    public static bool IsSamePerson(SisStudent student, StudentMatchKeys keys, DateOnly birthDate) =>
        student.Demographics?.BirthDate == birthDate
        && SameText(student.Name?.LastName, keys.LastName)
        && SameText(student.Name?.FirstName, keys.FirstName);

    /// <summary>The match of <paramref name="rule"/> over the students that passed it (at most <see cref="MaxCandidates"/> kept).</summary>
    public static StudentMatch MatchOf(MatchRule rule, IEnumerable<SisStudent> matched)
    {
        var kept = matched.Take(MaxCandidates).ToList();
        return new StudentMatch(rule, [.. kept.Select(student => student.Id)]) { Student = kept.Count == 1 ? kept[0] : null };
    }

    // The submitted value exactly, apart from case, surrounding spaces and Unicode composition (the mapping stores NFC).
    // No value, no match.
    private static bool SameText(string? sis, string submitted) =>
        sis is not null
        && string.Equals(
            sis.Trim().Normalize(NormalizationForm.FormC), submitted.Trim().Normalize(NormalizationForm.FormC), StringComparison.OrdinalIgnoreCase);
}
