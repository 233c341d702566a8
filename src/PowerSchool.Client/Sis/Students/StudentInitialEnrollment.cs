namespace PowerSchool.Client.Sis.Students;

/// <summary>The <c>initial_enrollment</c> expansion: when and in which grade the student first entered the district and the school.</summary>
public sealed record StudentInitialEnrollment
{
    /// <summary>Students.DistrictEntryDate (the same column as <see cref="StudentDemographics.DistrictEntryDate"/>).</summary>
    public DateOnly? DistrictEntryDate { get; init; }

    /// <summary>Students.DistrictEntryGradeLevel.</summary>
    public int? DistrictEntryGradeLevel { get; init; }

    /// <summary>Students.SchoolEntryDate.</summary>
    public DateOnly? SchoolEntryDate { get; init; }

    /// <summary>Students.SchoolEntryGradeLevel.</summary>
    public int? SchoolEntryGradeLevel { get; init; }
}
