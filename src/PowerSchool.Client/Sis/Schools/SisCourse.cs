namespace PowerSchool.Client.Sis.Schools;

/// <summary>A course offered at a school (<c>/ws/v1/school/{dcid}/course</c>).</summary>
public sealed record SisCourse
{
    /// <summary>Courses.DCID.</summary>
    public long Id { get; init; }

    public string? CourseNumber { get; init; }

    public string? CourseName { get; init; }
}
