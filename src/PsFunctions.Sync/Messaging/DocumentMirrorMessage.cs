namespace PsFunctions.Sync.Messaging;

/// <summary>Work message on <c>document-mirror</c>: the documents of one submission to copy into Blob storage.</summary>
public sealed record DocumentMirrorMessage(string DeliveryTargetId, string SubmissionId, IReadOnlyList<DocumentReference> Documents)
    : IWorkMessage<DocumentMirrorMessage>
{
    public static string QueueName => WorkQueues.DocumentMirror;

    public static string ToJson(DocumentMirrorMessage message) => WorkMessageJson.Serialize(message);

    public static DocumentMirrorMessage Parse(string json) => WorkMessageJson.DeserializeDocumentMirror(json);

    public static IReadOnlyDictionary<string, string> IdsOf(DocumentMirrorMessage message) => new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["deliveryTargetId"] = message.DeliveryTargetId,
        ["submissionId"] = message.SubmissionId,
        ["objectIds"] = string.Join(',', (message.Documents ?? []).Select(document => document.ObjectId)),
    };
}
