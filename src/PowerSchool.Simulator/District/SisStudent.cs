namespace PowerSchool.Simulator.District;

/// <summary>
/// A student row (PowerSchool's STUDENTS table) with the blocks the v1 student resource exposes.
/// Immutable: a write replaces the row, so readers never see a half-applied update.
/// </summary>
public sealed record SisStudent
{
    public required long Dcid { get; init; }

    public required long Id { get; init; }

    public required long StudentNumber { get; init; }

    public string? StateStudentNumber { get; init; }

    public string? StudentWebId { get; init; }

    public required string FirstName { get; init; }

    public string? MiddleName { get; init; }

    public required string LastName { get; init; }

    public string? Gender { get; init; }

    public DateOnly? DateOfBirth { get; init; }

    public DateOnly? DistrictEntryDate { get; init; }

    public int? ProjectedGraduationYear { get; init; }

    public required StudentEnrollment Enrollment { get; init; }

    public StudentAddress? PhysicalAddress { get; init; }

    public StudentAddress? MailingAddress { get; init; }

    public string? HomePhone { get; init; }

    public StudentContact Contact { get; init; } = new();

    public string? Email { get; init; }

    public string? HomeRoom { get; init; }

    public int? NextSchool { get; init; }

    public int? SchedNextYearGrade { get; init; }

    public int? DistrictEntryGradeLevel { get; init; }

    public DateOnly? SchoolEntryDate { get; init; }

    public int? SchoolEntryGradeLevel { get; init; }

    public string? FederalEthnicity { get; init; }

    /// <summary>When the row was last written (PowerSchool's Students.Transaction_Date).</summary>
    public DateTimeOffset TransactionDate { get; init; }

    public string LastFirst => $"{LastName}, {FirstName}";
}
