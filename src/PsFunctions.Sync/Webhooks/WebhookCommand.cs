using System.Text.Json.Serialization;
using PsFunctions.Sync.Messaging;

namespace PsFunctions.Sync.Webhooks;

/// <summary>
/// An accepted webhook command as the <c>webhook-commands</c> queue carries it (JSON, with its
/// <c>type</c> first). <paramref name="CommandId"/> is the id returned in the 202 answer.
/// Read and write it with <see cref="WebhookCommandSerializer"/>.
/// </summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "type")]
[JsonDerivedType(typeof(StudentUpdateCommand), WebhookCommandTypes.StudentUpdate)]
[JsonDerivedType(typeof(EnrollmentPollCommand), WebhookCommandTypes.EnrollmentPoll)]
public abstract record WebhookCommand(string CommandId, string Source, string DeliveryId, DateTimeOffset ReceivedAt)
    : IWorkMessage<WebhookCommand>
{
    public static string QueueName => WorkQueues.WebhookCommands;

    public static string ToJson(WebhookCommand message) => WebhookCommandSerializer.Serialize(message);

    public static WebhookCommand Parse(string json) => WebhookCommandSerializer.Deserialize(json);
}
