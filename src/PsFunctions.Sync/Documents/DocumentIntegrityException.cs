namespace PsFunctions.Sync.Documents;

/// <summary>The streamed bytes did not match the expected length or MD5; nothing was kept.</summary>
public sealed class DocumentIntegrityException : Exception
{
    public DocumentIntegrityException()
    {
    }

    public DocumentIntegrityException(string message)
        : base(message)
    {
    }

    public DocumentIntegrityException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
