namespace PsFunctions.Sync.Enrollment;

/// <summary>
/// An intake run stopped because its intake lock was lost mid-run (<see cref="IIntakeLease.Lost"/>). What it
/// stored is recovered by the next run; nothing after the loss was written.
/// </summary>
public sealed class IntakeLeaseLostException : Exception
{
    public IntakeLeaseLostException()
    {
    }

    public IntakeLeaseLostException(string message)
        : base(message)
    {
    }

    public IntakeLeaseLostException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
