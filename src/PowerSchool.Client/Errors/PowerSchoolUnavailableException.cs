namespace PowerSchool.Client;

/// <summary>
/// PowerSchool could not be reached or kept refusing (retries exhausted on 429/503/5xx, timeouts on a safe
/// call, circuit open). Nothing ambiguous happened: it is safe to try the whole operation again later.
/// </summary>
public sealed class PowerSchoolUnavailableException : PowerSchoolException
{
    public PowerSchoolUnavailableException()
    {
    }

    public PowerSchoolUnavailableException(string message)
        : base(message)
    {
    }

    public PowerSchoolUnavailableException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }
}
