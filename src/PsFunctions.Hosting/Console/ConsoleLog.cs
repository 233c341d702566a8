using Microsoft.Extensions.Logging;

namespace PsFunctions.Hosting.Console;

/// <summary>The console's log lines (event ids 7701–7729): ids, routes and status codes only, never a submission's values.</summary>
internal static partial class ConsoleLog
{
    [LoggerMessage(EventId = 7701, Level = LogLevel.Warning, Message = "Console request refused with {Status}: {Reason}")]
    public static partial void Refused(this ILogger logger, int status, string reason);

    [LoggerMessage(EventId = 7702, Level = LogLevel.Information, Message = "Console action {Action} on {Target}: done {Done}")]
    public static partial void ActionTaken(this ILogger logger, string action, string target, bool done);
}
