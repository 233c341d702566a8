using Azure.Messaging.ServiceBus;
using PsFunctions.Sync.Events;

namespace PsFunctions.Azure.ServiceBus;

/// <summary>
/// Turns an event into a Service Bus message: the CloudEvents JSON body, MessageId = event id (duplicate
/// detection drops a re-published event), SessionId = session key (one student's events stay in order),
/// Subject, and application properties subscribers can filter on without reading the body.
/// </summary>
public static class CloudEventMessages
{
    /// <summary>The longest MessageId and SessionId Service Bus accepts.</summary>
    public const int MaxIdLength = 128;

    public static ServiceBusMessage Create(IntegrationEvent integrationEvent)
    {
        var body = CloudEventJson.SerializeToUtf8Bytes(integrationEvent);
        CheckLength(integrationEvent.Id, "IntegrationEvent.Id");
        CheckLength(integrationEvent.SessionKey, "IntegrationEvent.SessionKey");
        var message = new ServiceBusMessage(body)
        {
            ContentType = CloudEventJson.ContentType,
            MessageId = integrationEvent.Id,
            SessionId = integrationEvent.SessionKey,
            Subject = integrationEvent.Subject,
        };
        message.ApplicationProperties["type"] = integrationEvent.Type;
        message.ApplicationProperties["subject"] = integrationEvent.Subject;
        message.ApplicationProperties["cloudEvents:specversion"] = CloudEventJson.SpecVersion;
        message.ApplicationProperties["cloudEvents:id"] = integrationEvent.Id;
        message.ApplicationProperties["cloudEvents:source"] = integrationEvent.Source;
        message.ApplicationProperties["cloudEvents:type"] = integrationEvent.Type;
        return message;
    }

    private static void CheckLength(string value, string field)
    {
        if (value.Length > MaxIdLength)
        {
            throw new ArgumentException($"{field} is {value.Length} characters; Service Bus allows at most {MaxIdLength}.", field);
        }
    }
}
