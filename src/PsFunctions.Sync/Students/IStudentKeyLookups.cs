using PsFunctions.Sync.Mapping;

namespace PsFunctions.Sync.Students;

/// <summary>
/// The three searches <see cref="MatchRuleOrder"/> runs, each given a key that passed <see cref="LookupKeyRules"/>:
/// asked of the SIS per record (<see cref="StudentMatcher"/>) or answered from a message's candidates (<see cref="CandidateStudents"/>).
/// </summary>
internal interface IStudentKeyLookups
{
    Task<StudentMatch> ByStudentNumberAsync(long studentNumber, CancellationToken cancellationToken);

    Task<StudentMatch> ByStateIdAsync(string stateId, CancellationToken cancellationToken);

    Task<StudentMatch> ByNameAndBirthDateAsync(StudentMatchKeys keys, DateOnly birthDate, CancellationToken cancellationToken);
}
