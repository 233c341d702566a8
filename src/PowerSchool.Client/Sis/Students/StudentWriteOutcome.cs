namespace PowerSchool.Client.Sis.Students;

/// <summary>The per-record result of a student write: success with a DCID, or the field-level errors.</summary>
public sealed record StudentWriteOutcome
{
    /// <summary>Position of the record in the list passed to <see cref="ISisClient.WriteStudentsAsync"/>.</summary>
    public required int Index { get; init; }

    public required string ClientUid { get; init; }

    public required StudentWriteAction Action { get; init; }

    public required StudentWriteStatus Status { get; init; }

    /// <summary>Students.DCID of the written student (on success).</summary>
    public long? Dcid { get; init; }

    /// <summary>PowerSchool's field-level errors (on failure; one or many).</summary>
    public IReadOnlyList<StudentFieldError> Errors { get; init; } = [];

    public bool Succeeded => Status == StudentWriteStatus.Succeeded;
}
