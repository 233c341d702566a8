namespace PsFunctions.Sync.Status;

/// <summary>Rejected submissions waiting for a person: how many, and the submission ids of the oldest few.</summary>
public sealed record RejectionStatus(int Awaiting, IReadOnlyList<string> OldestSubmissionIds);
