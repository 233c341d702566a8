using PowerSchool.Client.Sis;
using PowerSchool.Client.Sis.Schools;
using PowerSchool.Client.Sis.Students;

namespace PowerSchool.Client.Tests.Sis.Students;

/// <summary>Student writes the simulator accepts, varied by last name.</summary>
internal static class StudentBuilder
{
    public static StudentWrite Insert(string lastName, string? clientUid = null, long schoolNumber = 100, int grade = 3) => new()
    {
        Action = StudentWriteAction.Insert,
        ClientUid = clientUid,
        Name = new PersonName { FirstName = "Testa", LastName = lastName },
        Demographics = new StudentDemographics { BirthDate = new DateOnly(2015, 4, 20), Gender = "F" },
        SchoolEnrollment = new StudentSchoolEnrollment
        {
            SchoolNumber = schoolNumber,
            GradeLevel = grade,
            EntryDate = new DateOnly(2026, 8, 20),
            ExitDate = new DateOnly(2027, 6, 10),
            EnrollStatus = "A",
        },
    };

    /// <summary>The first school the SIS lists (students are inserted there, in its lowest grade).</summary>
    public static async Task<SisSchool> FirstSchoolAsync(ISisClient sis)
    {
        await foreach (var school in sis.GetSchoolsAsync())
        {
            return school;
        }

        throw new InvalidOperationException("no schools");
    }
}
