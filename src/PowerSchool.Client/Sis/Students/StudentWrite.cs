namespace PowerSchool.Client.Sis.Students;

/// <summary>
/// One student to INSERT or UPDATE through <c>POST /ws/v1/student</c>: field values by their path in the
/// student resource (<see cref="SisStudentFields"/>), plus extension tables. INSERT needs name.first_name,
/// name.last_name and school_enrollment (school_number, grade_level, entry_date, exit_date, and enroll_status
/// or enroll_status_code).
/// </summary>
public sealed record StudentWrite
{
    public required StudentWriteAction Action { get; init; }

    /// <summary>Students.DCID; required for UPDATE, ignored for INSERT.</summary>
    public long? Dcid { get; init; }

    /// <summary>
    /// Correlates this record with its outcome. When null the client assigns one unique within the call
    /// (the record's 1-based position). Keep it free of student data.
    /// </summary>
    public string? ClientUid { get; init; }

    /// <summary>
    /// Values by catalogue path (<c>name.first_name</c>, <c>school_enrollment.full_time_equivalency.fteid</c>),
    /// in SIS form: text as it is, whole numbers in digits (written as JSON numbers), dates <c>YYYY-MM-DD</c>.
    /// Each is written at its path in the nested <c>student</c> object; a path not given is not sent. An empty
    /// value is sent blank: <c>""</c>, or <c>null</c> for a number or date field.
    /// A path outside the catalogue, or a number or date that is not one, is refused with an
    /// <see cref="ArgumentException"/> before anything is sent.
    /// </summary>
    public IReadOnlyDictionary<string, string> Fields { get; init; } = new Dictionary<string, string>();

    /// <summary>Extension tables to write with the student (<c>_extension_data</c>).</summary>
    public IReadOnlyList<StudentExtensionWrite>? Extensions { get; init; }
}
