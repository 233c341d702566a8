namespace PowerSchool.Client.Sis.Students;

/// <summary>How one record of a student POST ended.</summary>
public enum StudentWriteStatus
{
    /// <summary>PowerSchool wrote it; <see cref="StudentWriteOutcome.Dcid"/> is set.</summary>
    Succeeded,

    /// <summary>PowerSchool rejected it; <see cref="StudentWriteOutcome.Errors"/> says why.</summary>
    Failed,

    /// <summary>PowerSchool answered for the batch but not for this record: look it up before retrying.</summary>
    Unknown,
}
