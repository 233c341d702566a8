namespace PowerSchool.Simulator.District;

/// <summary>
/// A whole district as generated or loaded from a fixture file: the start state that
/// <c>POST /_sim/reset</c> returns to. Its JSON form (snake_case) is the fixture file format.
/// </summary>
public sealed record DistrictData
{
    /// <summary>The district's own record; a fixture without one shows <see cref="SisDistrict.Unnamed"/>.</summary>
    public SisDistrict? District { get; init; }

    public IReadOnlyList<SisSchool> Schools { get; init; } = [];

    public IReadOnlyList<SisTerm> Terms { get; init; } = [];

    public IReadOnlyList<SisCourse> Courses { get; init; } = [];

    public IReadOnlyList<SisSection> Sections { get; init; } = [];

    public IReadOnlyList<SisStudent> Students { get; init; } = [];

    public IReadOnlyList<SisGuardian> Guardians { get; init; } = [];

    public IReadOnlyList<SisCourseEnrollment> CourseEnrollments { get; init; } = [];
}
