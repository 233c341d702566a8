namespace PowerSchool.Simulator.Enrollment.Submissions;

/// <summary>One family's form for one student, as the simulator holds it (immutable; the store swaps versions).</summary>
public sealed record Submission
{
    public required long Id { get; init; }

    public required int PublishedActionId { get; init; }

    public required string DeliveryTargetId { get; init; }

    public required string FamilyId { get; init; }

    public required SubmissionStatus Status { get; init; }

    public required DateTimeOffset Started { get; init; }

    public required DateTimeOffset Submitted { get; init; }

    public required SubmissionData Data { get; init; }

    /// <summary>Documents attached to this submission (their object ids are also in <see cref="SubmissionData.Documents"/>).</summary>
    public IReadOnlyList<DocumentFile> DocumentFiles { get; init; } = [];

    /// <summary>Dcid of the SIS student this submission re-enrols; null for a new student.</summary>
    public long? ReturningStudentDcid { get; init; }

    /// <summary>What is deliberately wrong with it (see FlawKind), or null.</summary>
    public string? Flaw { get; init; }

    /// <summary>The batch that delivered it and was not reset since; null while available for delivery.</summary>
    public Guid? DeliveredInBatch { get; init; }

    public int DeliveryCount { get; init; }
}
