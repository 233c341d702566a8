namespace PsFunctions.Sync.Students;

/// <summary>What a work message still has to do: submissions to apply, ids its batch does not hold, and how many were already done.</summary>
internal sealed record PendingSubmissions(IReadOnlyList<PendingSubmission> Pending, IReadOnlyList<UpsertSubject> Missing, int AlreadyDone);
