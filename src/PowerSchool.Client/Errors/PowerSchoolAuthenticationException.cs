namespace PowerSchool.Client;

/// <summary>PowerSchool rejected the credentials (bad client id/secret or API key). Names the base URL, never a secret.</summary>
public sealed class PowerSchoolAuthenticationException : PowerSchoolException
{
    public PowerSchoolAuthenticationException()
    {
    }

    public PowerSchoolAuthenticationException(string message)
        : base(message)
    {
    }

    public PowerSchoolAuthenticationException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }

    public PowerSchoolAuthenticationException(Uri baseUrl, string detail)
        : base($"PowerSchool at {baseUrl.GetLeftPart(UriPartial.Authority)} rejected the credentials: {detail}")
    {
        BaseUrl = baseUrl;
    }

    /// <summary>The PowerSchool host that refused.</summary>
    public Uri? BaseUrl { get; }
}
