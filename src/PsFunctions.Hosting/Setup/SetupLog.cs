using Microsoft.Extensions.Logging;

namespace PsFunctions.Hosting.Setup;

/// <summary>Log messages of the setup check: names of settings and secrets, never their values.</summary>
internal static partial class SetupLog
{
    [LoggerMessage(EventId = 7301, Level = LogLevel.Warning,
        Message = "PsFunctions is not configured: missing {Missing}; {InvalidCount} invalid settings; {UnreadableCount} secrets unreadable. Timers and queues wait until it is.")]
    public static partial void SetupIncomplete(ILogger logger, IEnumerable<string> missing, int invalidCount, int unreadableCount);

    [LoggerMessage(EventId = 7302, Level = LogLevel.Information, Message = "PsFunctions is configured: every setting and secret it needs is there")]
    public static partial void SetupComplete(ILogger logger);

    [LoggerMessage(EventId = 7303, Level = LogLevel.Warning, Message = "Invalid setting: {Problem}")]
    public static partial void InvalidSetting(ILogger logger, string problem);

    [LoggerMessage(EventId = 7304, Level = LogLevel.Information, Message = "{Function} did nothing: the setup is incomplete (missing {Missing})")]
    public static partial void WorkSkipped(ILogger logger, string function, IEnumerable<string> missing);

    [LoggerMessage(EventId = 7305, Level = LogLevel.Information,
        Message = "A {Queue} message arrived while the setup is incomplete; it comes back as a fresh message in {Delay}")]
    public static partial void MessageDeferred(ILogger logger, string queue, TimeSpan delay);
}
