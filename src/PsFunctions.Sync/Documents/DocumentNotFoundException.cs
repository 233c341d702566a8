namespace PsFunctions.Sync.Documents;

/// <summary>Enrollment has no document for an object id a submission references (the message is retried, then poisoned).</summary>
public sealed class DocumentNotFoundException : Exception
{
    public DocumentNotFoundException()
    {
    }

    public DocumentNotFoundException(string message)
        : base(message)
    {
    }

    public DocumentNotFoundException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>The Enrollment object id that was not found.</summary>
    public string? ObjectId { get; init; }
}
