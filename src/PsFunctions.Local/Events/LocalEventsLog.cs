namespace PsFunctions.Local.Events;

/// <summary>Log messages of the local event sink: counts and paths, never event data.</summary>
internal static partial class LocalEventsLog
{
    [LoggerMessage(EventId = 7601, Level = LogLevel.Information, Message = "Appended {Count} events to the local event sink {Path}")]
    public static partial void EventsAppended(ILogger logger, int count, string path);
}
