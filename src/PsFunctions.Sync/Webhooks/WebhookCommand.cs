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

    /// <summary>The command's own ids, and what it is about: the delivery target, or the DCID when it names one (no other student identifier).</summary>
    public static IReadOnlyDictionary<string, string> IdsOf(WebhookCommand message)
    {
        ArgumentNullException.ThrowIfNull(message);
        var ids = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["commandId"] = message.CommandId,
            ["source"] = message.Source,
            ["deliveryId"] = message.DeliveryId,
        };
        switch (message)
        {
            case EnrollmentPollCommand poll:
                ids["type"] = WebhookCommandTypes.EnrollmentPoll;
                ids["deliveryTargetId"] = poll.DeliveryTargetId;
                break;
            case StudentUpdateCommand update:
                ids["type"] = WebhookCommandTypes.StudentUpdate;
                if (update.Student?.Dcid is { } dcid)
                {
                    ids["dcid"] = dcid.ToString(System.Globalization.CultureInfo.InvariantCulture);
                }

                break;
        }

        return ids;
    }
}
