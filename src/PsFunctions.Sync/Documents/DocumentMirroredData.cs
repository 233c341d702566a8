namespace PsFunctions.Sync.Documents;

/// <summary>The <c>data</c> of a document.mirrored event: ids and the size, never the file name or content.</summary>
public sealed record DocumentMirroredData(string DeliveryTargetId, string SubmissionId, string ObjectId, string DataItem, string Path, long Length);
