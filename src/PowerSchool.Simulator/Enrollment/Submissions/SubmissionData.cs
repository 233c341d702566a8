namespace PowerSchool.Simulator.Enrollment.Submissions;

/// <summary>
/// The <c>data</c> object of a delivered record: the student, their address, up to two guardians and the
/// document object ids keyed by the configured document data items.
/// </summary>
public sealed record SubmissionData
{
    public required StudentData Student { get; init; }

    public AddressData? Address { get; init; }

    public GuardianData? Parent1 { get; init; }

    public GuardianData? Parent2 { get; init; }

    /// <summary>Document data item name (e.g. birthCertificate) to document object id.</summary>
    public IReadOnlyDictionary<string, string> Documents { get; init; } = new Dictionary<string, string>();
}
