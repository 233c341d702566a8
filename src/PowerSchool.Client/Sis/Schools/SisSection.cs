namespace PowerSchool.Client.Sis.Schools;

/// <summary>A course section at a school (<c>/ws/v1/school/{dcid}/section</c>).</summary>
public sealed record SisSection
{
    /// <summary>Sections.DCID.</summary>
    public long Id { get; init; }

    public long? CourseId { get; init; }

    public string? SectionNumber { get; init; }

    public string? Expression { get; init; }

    public string? ExternalExpression { get; init; }

    public string? Gradebooktype { get; init; }

    public long? SchoolId { get; init; }

    public long? StaffId { get; init; }

    public long? TermId { get; init; }
}
