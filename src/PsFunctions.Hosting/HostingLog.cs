using Microsoft.Extensions.Logging;

namespace PsFunctions.Hosting;

/// <summary>Log messages of what the hosts share: counts and paths, never event data.</summary>
internal static partial class HostingLog
{
    [LoggerMessage(EventId = 7101, Level = LogLevel.Information, Message = "Appended {Count} events to the local event sink {Path}")]
    public static partial void EventsAppended(this ILogger logger, int count, string path);
}
