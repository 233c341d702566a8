using PsFunctions.Sync.Mapping;

namespace PsFunctions.Sync.Students;

/// <summary>Finds the SIS student a submission is about (<see cref="StudentMatcher"/> asks the SIS; tests use a fake).</summary>
internal interface IStudentLookup
{
    /// <summary>The match by the submission's keys, or null when they cannot identify a student (no number, state id or birth date).</summary>
    Task<StudentMatch?> FindAsync(StudentMatchKeys keys, CancellationToken cancellationToken = default);

    /// <summary>The SIS student one explicit identifier names (DCID, else student number, else state id); no name fallback.</summary>
    Task<StudentMatch> FindExistingAsync(long? dcid, string? studentNumber, string? stateId, CancellationToken cancellationToken = default);
}
