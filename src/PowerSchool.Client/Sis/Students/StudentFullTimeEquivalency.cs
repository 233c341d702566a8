namespace PowerSchool.Client.Sis.Students;

/// <summary><c>school_enrollment.full_time_equivalency</c>: the student's FTE (INSERT only; the SIS uses the school's default when not sent).</summary>
public sealed record StudentFullTimeEquivalency
{
    /// <summary>Students.FteId.</summary>
    public long? Fteid { get; init; }

    /// <summary>Fte.Name (read only).</summary>
    public string? Name { get; init; }
}
