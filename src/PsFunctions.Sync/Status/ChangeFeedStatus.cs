namespace PsFunctions.Sync.Status;

/// <summary>The SIS change feed's checkpoint: the data version it has published up to, and its last full scan.</summary>
public sealed record ChangeFeedStatus(long DataVersion, DateTimeOffset LastFullScanAt, DateTimeOffset UpdatedAt);
