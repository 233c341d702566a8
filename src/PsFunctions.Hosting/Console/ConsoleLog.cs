using Microsoft.Extensions.Logging;

namespace PsFunctions.Hosting.Console;

/// <summary>The console's log lines (event ids 7401–7429, docs/logging.md): ids, routes and status codes only, never a submission's values.</summary>
internal static partial class ConsoleLog
{
    [LoggerMessage(EventId = 7401, Level = LogLevel.Warning, Message = "Console request refused with {Status}: {Reason}")]
    public static partial void Refused(this ILogger logger, int status, string reason);

    // The action's id and who took it are in the consoleactions table (IOperatorActionLog), not in the log.
    [LoggerMessage(EventId = 7402, Level = LogLevel.Information, Message = "Console action {Route}: done {Done}")]
    public static partial void ActionTaken(this ILogger logger, string route, bool done);
}
