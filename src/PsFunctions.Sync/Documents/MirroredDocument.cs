namespace PsFunctions.Sync.Documents;

/// <summary>One document of a <see cref="DocumentMirrorMessage"/> after mirroring: where it is, its size, whether it was already there.</summary>
public sealed record MirroredDocument(string ObjectId, string DataItem, string Path, long Length, bool Skipped);
