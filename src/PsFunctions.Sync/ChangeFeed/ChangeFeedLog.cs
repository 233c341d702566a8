using Microsoft.Extensions.Logging;

namespace PsFunctions.Sync.ChangeFeed;

/// <summary>Change-feed log messages: modes, versions and counts, never student data.</summary>
internal static partial class ChangeFeedLog
{
    [LoggerMessage(EventId = 5101, Level = LogLevel.Information, Message = "SIS change feed poll starting: {Mode} from data version {DataVersion}")]
    public static partial void PollStarting(ILogger logger, ChangeFeedMode mode, long? dataVersion);

    [LoggerMessage(EventId = 5102, Level = LogLevel.Information,
        Message = "SIS change feed poll finished: {Mode} at data version {DataVersion}; {Read} read, {Created} created, {Updated} updated, {Removed} removed, {Published} events published")]
    public static partial void PollFinished(ILogger logger, ChangeFeedMode mode, long dataVersion, int read, int created, int updated, int removed, int published);

    [LoggerMessage(EventId = 5103, Level = LogLevel.Error,
        Message = "SIS change feed poll refused by the plugin's configuration ({Operation}); fix: {Fix}")]
    public static partial void RefusedByPluginConfiguration(ILogger logger, string? operation, string fix);

    [LoggerMessage(EventId = 5151, Level = LogLevel.Warning,
        Message = "SIS change feed snapshots were hashed under key {StoredKeyId}, not the current key {KeyId}: this poll reads every student and rebuilds the snapshots; creations and removals are published, updates since the last poll are not")]
    public static partial void HashKeyChanged(ILogger logger, string storedKeyId, string keyId);

    [LoggerMessage(EventId = 5152, Level = LogLevel.Information, Message = "SIS change feed rehashed {Count} snapshot(s) under key {KeyId} without publishing updates")]
    public static partial void SnapshotsRehashed(ILogger logger, int count, string keyId);

    [LoggerMessage(EventId = 5451, Level = LogLevel.Warning,
        Message = "SIS change feed cannot read changed students in bulk with named query {Query} ({Operation}): each is read with its own GET until the plugin ships it; fix: {Fix}")]
    public static partial void BulkReadRefused(ILogger logger, string query, string? operation, string fix);

    [LoggerMessage(EventId = 5452, Level = LogLevel.Information, Message = "SIS change feed reads changed students in bulk with named query {Query} again")]
    public static partial void BulkReadRestored(ILogger logger, string query);

    [LoggerMessage(EventId = 5453, Level = LogLevel.Information,
        Message = "SIS change feed tracks fields ({TrackedFields}) that named query {Query} does not answer: changed students are read with one GET each")]
    public static partial void BulkReadDoesNotCover(ILogger logger, string trackedFields, string query);
}
