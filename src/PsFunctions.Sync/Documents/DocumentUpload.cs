namespace PsFunctions.Sync.Documents;

/// <summary>
/// How to store one file: the expected length and MD5 (when the source said them) are checked while the
/// bytes stream; <paramref name="Metadata"/> holds ids only (never names).
/// </summary>
public sealed record DocumentUpload(
    string Path,
    string ContentType,
    long? ExpectedLength,
    byte[]? ExpectedMd5,
    IReadOnlyDictionary<string, string> Metadata);
