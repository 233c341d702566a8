using Microsoft.Extensions.Logging;

namespace PsFunctions.Sync.Students;

/// <summary>How a message's submissions were matched: with the plugin's named query, or one lookup per record (event ids 4481–4499). Query names, counts and fixes only.</summary>
internal static partial class MatchingLog
{
    [LoggerMessage(EventId = 4481, Level = LogLevel.Warning,
        Message = "Student matching cannot use named query {Query} ({Operation}): each submission is looked up with its own request until the plugin ships it; fix: {Fix}")]
    public static partial void QueriesRefused(ILogger logger, string query, string? operation, string fix);

    [LoggerMessage(EventId = 4482, Level = LogLevel.Information, Message = "Student matching uses named query {Query} again")]
    public static partial void QueriesRestored(ILogger logger, string query);

    [LoggerMessage(EventId = 4483, Level = LogLevel.Warning,
        Message = "PowerSchool refused named query {Query} for a message of {Count} submission(s) (HTTP 400): they are looked up one by one, so only a submission whose value it refuses is rejected")]
    public static partial void QueryRefusedValues(ILogger logger, string query, int count);
}
