namespace PsFunctions.Sync.Documents;

/// <summary>Work message on <c>document-mirror</c>: the documents of one submission to copy into Blob storage.</summary>
public sealed record DocumentMirrorMessage(string DeliveryTargetId, string SubmissionId, IReadOnlyList<DocumentReference> Documents);
