namespace PowerSchool.Client;

/// <summary>
/// A call that is not idempotent (createbatch, student POST, submission POST, import) was sent but no
/// answer came back (connection dropped, timeout, 5xx other than 503). It may or may not have taken
/// effect, so it was NOT sent again: resolve it first (getbatches/resetbatch; look the student up before
/// another INSERT).
/// </summary>
public sealed class PowerSchoolOutcomeUnknownException : PowerSchoolException
{
    public PowerSchoolOutcomeUnknownException()
    {
    }

    public PowerSchoolOutcomeUnknownException(string message)
        : base(message)
    {
    }

    public PowerSchoolOutcomeUnknownException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }

    /// <summary>
    /// For batched student writes: outcomes of the batches that completed before the ambiguous one
    /// (empty otherwise).
    /// </summary>
    public IReadOnlyList<Sis.Students.StudentWriteOutcome> CompletedOutcomes { get; init; } = [];

    /// <summary>For batched student writes: the client_uid values whose outcome is unknown.</summary>
    public IReadOnlyList<string> UnknownClientUids { get; init; } = [];

    /// <summary>For batched student writes: the client_uid values of later batches, which were not sent.</summary>
    public IReadOnlyList<string> NotSentClientUids { get; init; } = [];
}
