using Microsoft.Extensions.Logging;

namespace PowerSchool.Client.Resilience;

/// <summary>
/// Every log line of the clients. Only methods, path templates, statuses, durations, attempts, hosts and ids:
/// never tokens, secrets, query values, URLs with signatures or bodies.
/// </summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 1001, Level = LogLevel.Information,
        Message = "PowerSchool {Api} {Method} {PathTemplate} answered {StatusCode} in {DurationMs} ms (attempt {Attempt})")]
    public static partial void RequestCompleted(ILogger logger, string api, string method, string pathTemplate, int statusCode, long durationMs, int attempt);

    [LoggerMessage(EventId = 1002, Level = LogLevel.Warning,
        Message = "PowerSchool {Api} {Method} {PathTemplate} failed with {ErrorType} after {DurationMs} ms (attempt {Attempt})")]
    public static partial void RequestFailed(ILogger logger, string api, string method, string pathTemplate, string errorType, long durationMs, int attempt);

    [LoggerMessage(EventId = 1003, Level = LogLevel.Information,
        Message = "PowerSchool SIS token obtained from {Host}, usable for {LifetimeSeconds} s")]
    public static partial void TokenObtained(ILogger logger, string host, long lifetimeSeconds);

    [LoggerMessage(EventId = 1004, Level = LogLevel.Warning,
        Message = "PowerSchool SIS at {Host} rejected a token (401); refreshing once")]
    public static partial void TokenRejected(ILogger logger, string host);

    [LoggerMessage(EventId = 1005, Level = LogLevel.Warning,
        Message = "PowerSchool {Method} {PathTemplate} was sent but not answered ({ErrorType}); not re-sent, outcome unknown")]
    public static partial void OutcomeUnknown(ILogger logger, string method, string pathTemplate, string errorType);

    [LoggerMessage(EventId = 1006, Level = LogLevel.Information,
        Message = "PowerSchool {Method} {PathTemplate} retry {Attempt} in {DelayMs} ms after {Reason}")]
    public static partial void Retrying(ILogger logger, string method, string pathTemplate, int attempt, long delayMs, string reason);

    [LoggerMessage(EventId = 1007, Level = LogLevel.Error,
        Message = "PowerSchool {Api} circuit opened for {BreakMs} ms after repeated failures")]
    public static partial void CircuitOpened(ILogger logger, string api, long breakMs);

    [LoggerMessage(EventId = 1008, Level = LogLevel.Information,
        Message = "PowerSchool student POST of {Count} record(s): {Succeeded} succeeded, {Failed} failed, {Unknown} unknown")]
    public static partial void StudentBatchWritten(ILogger logger, int count, int succeeded, int failed, int unknown);

    [LoggerMessage(EventId = 1201, Level = LogLevel.Information,
        Message = "PowerSchool SIS requests start at least {SpacingMs} ms apart (PowerSchool:Sis:MinRequestIntervalMs {IntervalMs} plus a margin)")]
    public static partial void PacingRequests(ILogger logger, int intervalMs, long spacingMs);

    [LoggerMessage(EventId = 1101, Level = LogLevel.Warning,
        Message = "POST /ws/v1/student of {Count} records was refused as too large (HTTP {StatusCode}); sending {First} and {Second} records instead")]
    public static partial void StudentPostSplit(ILogger logger, int count, int statusCode, int first, int second);
}
