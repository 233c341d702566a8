namespace PsFunctions.Sync.Documents;

/// <summary>What the document store knows of a stored file.</summary>
public sealed record StoredDocument(string Path, long Length, byte[] ContentMd5, string ContentType);
