namespace PsFunctions.Sync.ChangeFeed;

/// <summary>The last published state of one SIS student: a hash of its tracked fields.</summary>
public sealed record StudentSnapshot(long Dcid, string Hash, DateTimeOffset SeenAt);
