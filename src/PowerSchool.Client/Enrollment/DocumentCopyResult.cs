namespace PowerSchool.Client.Enrollment;

/// <summary>What a streamed document copy wrote: bytes, and the server's content type, length and MD5 when sent.</summary>
public sealed record DocumentCopyResult(long BytesCopied, string? ContentType, long? Length, byte[]? ContentMd5);
