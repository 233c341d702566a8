using PowerSchool.Client.Sis.Students;

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
}
