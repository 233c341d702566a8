namespace PowerSchool.Client.Sis.Students;

/// <summary>
/// One student to INSERT or UPDATE through <c>POST /ws/v1/student</c>. Null parts are not sent.
/// INSERT needs name (first, last) and school_enrollment (school number, grade, entry and exit dates, status).
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

    /// <summary>Student number (INSERT).</summary>
    public long? LocalId { get; init; }

    public string? StateProvinceId { get; init; }

    public PersonName? Name { get; init; }

    public StudentDemographics? Demographics { get; init; }

    public SisAddresses? Addresses { get; init; }

    public SisPhones? Phones { get; init; }

    public StudentSchoolEnrollment? SchoolEnrollment { get; init; }

    public StudentContact? Contact { get; init; }

    public StudentContactInfo? ContactInfo { get; init; }

    public StudentInitialEnrollment? InitialEnrollment { get; init; }

    public StudentScheduleSetup? ScheduleSetup { get; init; }

    /// <summary>Extension tables to write with the student.</summary>
    public IReadOnlyList<StudentExtensionWrite>? Extensions { get; init; }
}
