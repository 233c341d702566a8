using Microsoft.Extensions.Logging;

namespace PsFunctions.Sync.Webhooks;

/// <summary>Webhook log events: sources, ids and outcomes only, never bodies, headers' secrets or student data.</summary>
internal static partial class WebhookLog
{
    [LoggerMessage(EventId = 3201, Level = LogLevel.Information, Message = "Webhook from {Source} accepted: delivery {DeliveryId}, command {CommandId} ({CommandType})")]
    public static partial void Accepted(ILogger logger, string source, string deliveryId, string commandId, string commandType);

    [LoggerMessage(EventId = 3202, Level = LogLevel.Warning, Message = "Webhook from {Source} refused with {StatusCode} {Error}")]
    public static partial void Refused(ILogger logger, string source, int statusCode, string error);

    [LoggerMessage(EventId = 3203, Level = LogLevel.Error, Message = "Webhook from {Source} (delivery {DeliveryId}) could not be enqueued; answered 503")]
    public static partial void EnqueueFailed(ILogger logger, Exception exception, string source, string deliveryId);

    [LoggerMessage(EventId = 3204, Level = LogLevel.Information, Message = "Purged {Count} webhook delivery id(s) received before {Cutoff}")]
    public static partial void DeliveryIdsPurged(ILogger logger, int count, DateTimeOffset cutoff);

    [LoggerMessage(EventId = 3205, Level = LogLevel.Error, Message = "Webhook source {Source} is configured but its secret {SecretName} is missing; its requests are refused as unknown_source")]
    public static partial void SecretMissing(ILogger logger, string source, string secretName);
}
