namespace PsFunctions.Sync.Messaging;

/// <summary>
/// Work message on <c>student-upserts</c>: which submissions of a stored batch to apply (claim check:
/// the records themselves stay in the batch archive). Sized to one SIS POST.
/// </summary>
public sealed record StudentUpsertMessage(string DeliveryTargetId, string BatchId, IReadOnlyList<string> SubmissionIds)
    : IWorkMessage<StudentUpsertMessage>
{
    public static string QueueName => WorkQueues.StudentUpserts;

    public static string ToJson(StudentUpsertMessage message) => WorkMessageJson.Serialize(message);

    public static StudentUpsertMessage Parse(string json) => WorkMessageJson.DeserializeStudentUpsert(json);

    public static IReadOnlyDictionary<string, string> IdsOf(StudentUpsertMessage message) => new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["deliveryTargetId"] = message.DeliveryTargetId,
        ["batchId"] = message.BatchId,
        ["submissionIds"] = string.Join(',', message.SubmissionIds ?? []),
    };
}
