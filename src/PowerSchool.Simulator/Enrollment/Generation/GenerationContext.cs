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

    /// <summary>The year the coming school year starts (submissions are for next year).</summary>
    public int SchoolYearStart => Now.Month >= 7 ? Now.Year + 1 : Now.Year;
}
