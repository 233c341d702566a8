using Microsoft.Extensions.Logging;

namespace PsFunctions.Sync.Checkpoints;

/// <summary>Plugin-configuration refusals recorded for the status (event ids 4461–4469). Components, operations and fixes only.</summary>
internal static partial class PluginProblemLog
{
    [LoggerMessage(EventId = 4461, Level = LogLevel.Error,
        Message = "PowerSchool refused {Component} ({Operation}) because of the plugin's configuration; the status shows the fix: {Fix}")]
    public static partial void Recorded(ILogger logger, string component, string? operation, string fix);

    [LoggerMessage(EventId = 4462, Level = LogLevel.Information,
        Message = "{Component} succeeded again; its plugin-configuration problem is cleared from the status")]
    public static partial void Cleared(ILogger logger, string component);
}
