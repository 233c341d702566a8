namespace PsFunctions.Sync.Webhooks;

/// <summary>
/// Update one existing SIS student: <paramref name="Fields"/> maps SIS student field paths (updatable fields of
/// <see cref="PowerSchool.Client.Sis.Students.SisStudentFields"/>, already validated) to values; an empty value clears the field.
/// Holds student data: never log it.
/// </summary>
public sealed record StudentUpdateCommand(
    string CommandId,
    string Source,
    string DeliveryId,
    DateTimeOffset ReceivedAt,
    StudentIdentifier Student,
    IReadOnlyDictionary<string, string> Fields)
    : WebhookCommand(CommandId, Source, DeliveryId, ReceivedAt);
