namespace PowerSchool.Client.Sis.Students;

/// <summary>The <c>demographics</c> expansion.</summary>
public sealed record StudentDemographics
{
    public DateOnly? BirthDate { get; init; }

    /// <summary>As the district defines it (PowerSchool's API documents M/F).</summary>
    public string? Gender { get; init; }

    public DateOnly? DistrictEntryDate { get; init; }

    public int? ProjectedGraduationYear { get; init; }
}
