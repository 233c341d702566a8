namespace PsFunctions.Sync.ChangeFeed;

/// <summary>The outcome of one change-feed poll: counts and the data version it stored (no student data).</summary>
public sealed record ChangeFeedResult(
    ChangeFeedMode Mode,
    long DataVersion,
    int StudentsRead,
    int Created,
    int Updated,
    int Removed,
    int EventsPublished);
