namespace PsFunctions.Sync.Status;

/// <summary>
/// Rejected submissions waiting for a person: how many, and the submission ids of the oldest few; and how many rejections
/// a later delivery of their submission superseded (<see cref="Superseded"/>: kept, not waiting).
/// </summary>
public sealed record RejectionStatus(int Awaiting, IReadOnlyList<string> OldestSubmissionIds)
{
    public int Superseded { get; init; }
}
