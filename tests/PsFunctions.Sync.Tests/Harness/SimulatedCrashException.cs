namespace PsFunctions.Sync.Tests.Harness;

/// <summary>Thrown by a crash-point decorator: the process "dies" at this step.</summary>
internal sealed class SimulatedCrashException : Exception
{
    public SimulatedCrashException()
    {
    }

    public SimulatedCrashException(string message)
        : base(message)
    {
    }

    public SimulatedCrashException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
