namespace PsFunctions.Sync.Messaging;

/// <summary>A document a submission references: the Enrollment object id and the data item that holds it.</summary>
public sealed record DocumentReference(string ObjectId, string DataItem);
