namespace PsFunctions.Sync.Messaging;

/// <summary>
/// Thrown by a handler (or anything it calls) when the work cannot be done yet but will be later, for example while
/// something it needs is down or not configured: <see cref="WorkDispatcher"/> puts the message back as a fresh
/// message after a growing delay (<see cref="WorkDeferral"/>), so waiting never counts towards poison. The message
/// names the reason in ids and settings, never student data.
/// </summary>
public sealed class WorkNotReadyException : Exception
{
    public WorkNotReadyException()
    {
    }

    public WorkNotReadyException(string message)
        : base(message)
    {
    }

    public WorkNotReadyException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
