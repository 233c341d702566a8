namespace PowerSchool.Client.Enrollment;

/// <summary>
/// A document was not downloaded because its URL, address, size or answer broke a download rule (see
/// <see cref="DocumentDownloadOptions"/>). Never transient: the same URL is refused again, so the caller keeps the
/// refusal instead of retrying. <see cref="Exception.Message"/> states the rule, never the URL (it is signed).
/// </summary>
public sealed class DocumentRefusedException : PowerSchoolException
{
    public DocumentRefusedException()
    {
    }

    public DocumentRefusedException(string message)
        : base(message)
    {
    }

    public DocumentRefusedException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }
}
