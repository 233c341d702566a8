using Microsoft.Extensions.Logging;

namespace PsFunctions.Sync.Messaging;

/// <summary>Log lines of deferred work (event ids 5401-5499): queue names, counts, delays and error types, never a message's text.</summary>
internal static partial class DeferralLog
{
    [LoggerMessage(EventId = 5401, Level = LogLevel.Warning,
        Message = "A message on {Queue} failed on an outage ({ErrorType}); put back for attempt {Attempt}, visible again in {Delay}")]
    public static partial void Deferred(ILogger logger, string queue, int attempt, string errorType, TimeSpan delay);

    [LoggerMessage(EventId = 5402, Level = LogLevel.Error,
        Message = "A message on {Queue} still failed ({ErrorType}) on attempt {Attempt}, {Elapsed} after its first deferral; it is not deferred again")]
    public static partial void Expired(ILogger logger, string queue, int attempt, TimeSpan elapsed, string errorType);
}
