using PowerSchool.Client.Sis.Students;
using PsFunctions.Sync.Outcomes;

namespace PsFunctions.Sync.Students;

/// <summary>
/// The SIS students (DCIDs) the match rule found: none → INSERT, one → UPDATE, several → ambiguous. A lookup that
/// could not be made (a key breaks a lookup rule, PowerSchool refused the query) carries its <see cref="Problem"/>:
/// the submission is rejected with it. <see cref="Student"/> is the one matched student as the lookup read it, with
/// every expansion a write can change (<see cref="SisStudentFields.Expansions"/>): what the SIS holds before an UPDATE.
/// </summary>
internal sealed record StudentMatch(MatchRule Rule, IReadOnlyList<long> Dcids)
{
    public RejectionReason? Problem { get; init; }

    /// <summary>The matched student as read (set when exactly one matched), or null.</summary>
    public SisStudent? Student { get; init; }

    public bool IsAmbiguous => Dcids.Count > 1;

    public long? Dcid => Dcids.Count == 1 ? Dcids[0] : null;

    public static StudentMatch Refused(MatchRule rule, RejectionReason problem) => new(rule, []) { Problem = problem };
}
