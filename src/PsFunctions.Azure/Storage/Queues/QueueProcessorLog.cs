using Microsoft.Extensions.Logging;

namespace PsFunctions.Azure.Storage.Queues;

/// <summary>
/// The log lines of <see cref="StorageQueueProcessor"/> (event ids 6301-6399, the range reserved for the queue loop):
/// queue names, message ids, delivery counts and error types, never a message's text.
/// </summary>
internal static partial class QueueProcessorLog
{
    [LoggerMessage(EventId = 6301, Level = LogLevel.Warning,
        Message = "Message {MessageId} on {Queue} failed on delivery {DequeueCount} ({ErrorType}); it is delivered again in {RetryDelay}")]
    public static partial void WillRetry(ILogger logger, string queue, string messageId, long dequeueCount, string errorType, TimeSpan retryDelay);

    [LoggerMessage(EventId = 6302, Level = LogLevel.Error,
        Message = "Message {MessageId} on {Queue} failed on its last delivery {DequeueCount} ({ErrorType}); moved to {PoisonQueue}")]
    public static partial void Poisoned(ILogger logger, string queue, string messageId, long dequeueCount, string errorType, string poisonQueue);

    [LoggerMessage(EventId = 6303, Level = LogLevel.Error,
        Message = "Message {MessageId} on {Queue} was delivered {DequeueCount} times, more than {MaxDequeueCount}; moved to {PoisonQueue} without handling it")]
    public static partial void PoisonedUnhandled(ILogger logger, string queue, string messageId, long dequeueCount, int maxDequeueCount, string poisonQueue);

    [LoggerMessage(EventId = 6304, Level = LogLevel.Warning,
        Message = "Message {MessageId} on {Queue} could not be settled ({Status}): its lease passed to another receiver, which finishes it")]
    public static partial void LeaseLost(ILogger logger, string queue, string messageId, int status);

    [LoggerMessage(EventId = 6305, Level = LogLevel.Debug, Message = "Message {MessageId} on {Queue} kept invisible for another {LeaseDuration}")]
    public static partial void LeaseRenewed(ILogger logger, string queue, string messageId, TimeSpan leaseDuration);

    [LoggerMessage(EventId = 6306, Level = LogLevel.Warning,
        Message = "Renewing the lease of message {MessageId} on {Queue} failed ({ErrorType}); the next renewal tries again")]
    public static partial void LeaseRenewalFailed(ILogger logger, string queue, string messageId, string errorType);

    [LoggerMessage(EventId = 6307, Level = LogLevel.Information,
        Message = "Message {MessageId} on {Queue} is visible again at once: the drain stopped ({Reason})")]
    public static partial void Returned(ILogger logger, string queue, string messageId, string reason);

    [LoggerMessage(EventId = 6308, Level = LogLevel.Warning, Message = "Receiving from {Queue} failed ({ErrorType}); trying again in {Interval}")]
    public static partial void ReceiveFailed(ILogger logger, string queue, string errorType, TimeSpan interval);
}
