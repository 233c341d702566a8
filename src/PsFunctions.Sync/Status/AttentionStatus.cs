namespace PsFunctions.Sync.Status;

/// <summary>Attention items waiting for a person: how many, and the ids of the oldest few (<c>ops attention ID</c> shows one).</summary>
public sealed record AttentionStatus(int Open, IReadOnlyList<string> OldestIds);
