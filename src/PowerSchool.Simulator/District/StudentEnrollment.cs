namespace PowerSchool.Simulator.District;

/// <summary>The `school_enrollment` block of a student (settable on INSERT only).</summary>
public sealed record StudentEnrollment
{
    /// <summary>Students.Enroll_Status: 0 active, -1 pre-registered, 2 transferred out, 3 graduated, 4 historical, other inactive.</summary>
    public required int EnrollStatusCode { get; init; }

    public required int GradeLevel { get; init; }

    public required int SchoolNumber { get; init; }

    public required DateOnly EntryDate { get; init; }

    public required DateOnly ExitDate { get; init; }

    public string? EntryCode { get; init; }

    public string? EntryComment { get; init; }

    public string? ExitCode { get; init; }

    public string? ExitComment { get; init; }

    public string? DistrictOfResidence { get; init; }

    public string? Track { get; init; }

    public long? FteId { get; init; }
}
