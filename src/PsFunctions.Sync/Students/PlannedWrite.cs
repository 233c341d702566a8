using PowerSchool.Client.Sis.Students;
using PsFunctions.Sync.Audit;

namespace PsFunctions.Sync.Students;

/// <summary>
/// One student write ready to post. <paramref name="ReportedAction"/> is the action events and the ledger
/// report: INSERT when an earlier attempt inserted the student but its answer was lost (the retry is then
/// sent as an UPDATE of the student it created).
/// </summary>
internal sealed record PlannedWrite(UpsertSubject Subject, StudentWrite Write, string ReportedAction)
{
    /// <summary>What the write leaves undone that the form asked for: kept as attention items once it is applied.</summary>
    public IReadOnlyList<FieldAttention> Attention { get; init; } = [];

    /// <summary>
    /// What the matched SIS student held at each writable path before this write (<see cref="SisStudentValues.Read"/>
    /// of the student the match read; no extra request); null for an INSERT. Student data: never logged.
    /// </summary>
    public IReadOnlyDictionary<string, string>? Before { get; init; }

    /// <summary>The audit entry written for this write before its POST (set by <c>UpsertOutcomeRecorder.MarkPostingAsync</c>); null when it changes nothing.</summary>
    public AuditEntry? Audit { get; init; }
}
