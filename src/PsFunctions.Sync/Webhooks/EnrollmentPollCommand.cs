namespace PsFunctions.Sync.Webhooks;

/// <summary>Run enrollment intake now for the delivery target <paramref name="DeliveryTargetId"/>.</summary>
public sealed record EnrollmentPollCommand(
    string CommandId,
    string Source,
    string DeliveryId,
    DateTimeOffset ReceivedAt,
    string DeliveryTargetId)
    : WebhookCommand(CommandId, Source, DeliveryId, ReceivedAt);
