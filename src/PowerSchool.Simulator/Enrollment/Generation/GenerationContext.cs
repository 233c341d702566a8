using Bogus;
using PowerSchool.Simulator.District;

namespace PowerSchool.Simulator.Enrollment.Generation;

/// <summary>What one generation run reads: a seeded faker, the district as it is now, and the clock.</summary>
public sealed class GenerationContext(Faker faker, IReadOnlyList<DirectorySchool> schools, IReadOnlyList<DirectoryStudent> students, DateTimeOffset now)
{
    public Faker Faker { get; } = faker;

    public IReadOnlyList<DirectorySchool> Schools { get; } = schools;

    public IReadOnlyList<DirectoryStudent> Students { get; } = students;

    public DateTimeOffset Now { get; } = now;

    /// <summary>SIS students that already have a submission, so a run does not re-enrol anyone twice.</summary>
    public HashSet<long> UsedStudentDcids { get; } = [];

    /// <summary>The year the school year the submissions are for starts.</summary>
    public int SchoolYearStart => Catalog.EnrollmentCatalog.SchoolYearStart(Now);
}
