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
}
