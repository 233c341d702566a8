using Microsoft.Extensions.Logging;

namespace PsFunctions.Sync.Messaging;

/// <summary>Log lines of work given up and dead letters (event ids 5301-5399): queues, keys, counts and error types, never a message's text.</summary>
internal static partial class DeadLetterLog
{
    [LoggerMessage(EventId = 5301, Level = LogLevel.Error,
        Message = "Gave up a message on {Queue} after {Attempts} attempt(s) ({ErrorType}); kept as dead letter {Key}")]
    public static partial void DeadLettered(ILogger logger, string queue, string key, int attempts, string errorType);

    [LoggerMessage(EventId = 5302, Level = LogLevel.Critical,
        Message = "A message on {Queue} failed on its last delivery ({ErrorType}) and keeping it failed too ({KeepErrorType}); the poison sweep keeps its poison copy")]
    public static partial void KeepingFailed(ILogger logger, string queue, string errorType, string keepErrorType);

    [LoggerMessage(EventId = 5303, Level = LogLevel.Warning,
        Message = "Moved {Count} message(s) from {PoisonQueue} into the dead-letter store ({Recorded} without a dead letter of their own)")]
    public static partial void Swept(ILogger logger, string poisonQueue, int count, int recorded);

    [LoggerMessage(EventId = 5304, Level = LogLevel.Information,
        Message = "Requeued {Count} dead letter(s) on {Queue}")]
    public static partial void Requeued(ILogger logger, string queue, int count);
}
