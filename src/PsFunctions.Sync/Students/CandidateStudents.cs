using PowerSchool.Client.Sis.Students;
using PsFunctions.Sync.Mapping;

namespace PsFunctions.Sync.Students;

/// <summary>
/// One message's lookups answered from the students its named queries returned: the candidates of the keys read
/// (every student whose number, state id or upper-cased last name was asked for) and the students of its known DCIDs.
/// Every rule, key check and rejection is the per-record lookup's (<see cref="MatchRuleOrder"/>,
/// <see cref="StudentKeyComparison"/>): a candidate counts only on the exact submitted value. Keys or DCIDs that were not
/// read (<paramref name="byDcid"/> holds every DCID read, null where the SIS has no such student; the caller reads
/// none when the mapping writes a field the queries do not read) go to <paramref name="perRecord"/>, and so does a
/// matched student in that case (its "before" must be whole).
/// </summary>
internal sealed class CandidateStudents(
    IReadOnlyList<SisStudent> candidates,
    IReadOnlySet<StudentMatchKeys> keysRead,
    IReadOnlyDictionary<long, SisStudent?> byDcid,
    LookupKeyRules rules,
    IStudentLookup perRecord,
    bool rowsCarryEveryWrittenField) : IStudentLookup, IStudentKeyLookups
{
    public async Task<StudentMatch?> FindAsync(StudentMatchKeys keys, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(keys);
        if (!keysRead.Contains(keys))
        {
            return await perRecord.FindAsync(keys, cancellationToken);
        }

        var match = await MatchRuleOrder.FindAsync(keys, rules, this, cancellationToken);
        return match is { Dcid: { } dcid } && !rowsCarryEveryWrittenField
            ? match with { Student = (await perRecord.FindExistingAsync(dcid, null, null, cancellationToken)).Student }
            : match;
    }

    public async Task<StudentMatch> FindExistingAsync(long? dcid, string? studentNumber, string? stateId, CancellationToken cancellationToken = default)
    {
        if (dcid is not { } id || !byDcid.TryGetValue(id, out var read))
        {
            return await perRecord.FindExistingAsync(dcid, studentNumber, stateId, cancellationToken);
        }

        return read is null ? new StudentMatch(MatchRule.Dcid, []) : new StudentMatch(MatchRule.Dcid, [id]) { Student = read };
    }

    Task<StudentMatch> IStudentKeyLookups.ByStudentNumberAsync(long studentNumber, CancellationToken cancellationToken) =>
        Task.FromResult(StudentKeyComparison.MatchOf(
            MatchRule.StudentNumber, candidates.Where(student => StudentKeyComparison.HasStudentNumber(student, studentNumber))));

    Task<StudentMatch> IStudentKeyLookups.ByStateIdAsync(string stateId, CancellationToken cancellationToken) =>
        Task.FromResult(StudentKeyComparison.MatchOf(
            MatchRule.StateId, candidates.Where(student => StudentKeyComparison.HasStateId(student, stateId))));

    Task<StudentMatch> IStudentKeyLookups.ByNameAndBirthDateAsync(StudentMatchKeys keys, DateOnly birthDate, CancellationToken cancellationToken) =>
        Task.FromResult(StudentKeyComparison.MatchOf(
            MatchRule.NameAndBirthDate, candidates.Where(student => StudentKeyComparison.IsSamePerson(student, keys, birthDate))));
}
