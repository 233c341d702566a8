using Microsoft.Extensions.Logging;

namespace PsFunctions.Azure.Diagnostics;

/// <summary>Every log line of the adapters: ids, names of Azure resources and counts, never student data or secrets.</summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 6101, Level = LogLevel.Warning,
        Message = "Document upload refused: {Problem} (expected {ExpectedLength} bytes, received {ActualLength}); no blob was committed")]
    public static partial void DocumentIntegrityFailed(this ILogger logger, string problem, long? expectedLength, long actualLength);

    [LoggerMessage(EventId = 6201, Level = LogLevel.Debug, Message = "Sent {Count} events to Service Bus topic {Topic}")]
    public static partial void EventsSent(this ILogger logger, int count, string topic);

    [LoggerMessage(EventId = 6202, Level = LogLevel.Warning,
        Message = "Publishing to Service Bus topic {Topic} failed ({Reason}, transient: {IsTransient}); {Sent} of {Count} events were sent")]
    public static partial void PublishFailed(this ILogger logger, string topic, string reason, bool isTransient, int sent, int count, Exception exception);

    [LoggerMessage(EventId = 6401, Level = LogLevel.Debug, Message = "Read secret {SecretName} (version {Version}) from Key Vault")]
    public static partial void SecretRead(this ILogger logger, string secretName, string? version);

    [LoggerMessage(EventId = 6402, Level = LogLevel.Warning, Message = "Secret {SecretName} is not in Key Vault")]
    public static partial void SecretMissing(this ILogger logger, string secretName);
}
