namespace PowerSchool.Client.Sis.Students;

/// <summary>The <c>school_enrollment</c> expansion (several fields only count on INSERT).</summary>
public sealed record StudentSchoolEnrollment
{
    /// <summary>A, P, T, G, H or I: the same column (Students.Enroll_Status) as <see cref="EnrollStatusCode"/>.</summary>
    public string? EnrollStatus { get; init; }

    public int? EnrollStatusCode { get; init; }

    public string? EnrollStatusDescription { get; init; }

    public int? GradeLevel { get; init; }

    public DateOnly? EntryDate { get; init; }

    public DateOnly? ExitDate { get; init; }

    /// <summary>The school number (Students.SchoolID), not the school's DCID.</summary>
    public long? SchoolNumber { get; init; }

    /// <summary>The school's DCID (read only).</summary>
    public long? SchoolId { get; init; }

    public string? EntryCode { get; init; }

    /// <summary>Students.TransferComment, up to 4000 characters.</summary>
    public string? EntryComment { get; init; }

    public string? ExitCode { get; init; }

    /// <summary>Students.ExitComment, up to 4000 characters.</summary>
    public string? ExitComment { get; init; }

    public string? DistrictOfResidence { get; init; }

    public string? Track { get; init; }

    public StudentFullTimeEquivalency? FullTimeEquivalency { get; init; }
}
