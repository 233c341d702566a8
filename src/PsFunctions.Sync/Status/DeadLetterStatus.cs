namespace PsFunctions.Sync.Status;

/// <summary>Work given up and waiting for a person: how many open dead letters, and the oldest few.</summary>
public sealed record DeadLetterStatus(int Open, IReadOnlyList<DeadLetterSummary> Oldest);
