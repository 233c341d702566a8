namespace PsFunctions.Sync.Events;

/// <summary>Events could not be published; <see cref="IsTransient"/> says whether trying again later can succeed.</summary>
public sealed class EventPublishException : Exception
{
    public EventPublishException()
    {
    }

    public EventPublishException(string message)
        : base(message)
    {
    }

    public EventPublishException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public EventPublishException(string message, bool isTransient, Exception? innerException = null)
        : base(message, innerException)
    {
        IsTransient = isTransient;
    }

    public bool IsTransient { get; }
}
