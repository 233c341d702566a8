using System.Globalization;
using PowerSchool.Simulator.District;
using PsFunctions.Testing;

namespace PsFunctions.Sync.Tests.FlowSupport;

/// <summary>Builds the <c>data</c> a family submits (the simulator's delivery shape) for chosen people.</summary>
internal static class FamilyData
{
    /// <summary>The simulator's generated district (schools and enrolled students), read in-process to arrange tests.</summary>
    public static IDistrictDirectory Directory(this SimulatorHost sim)
    {
        ArgumentNullException.ThrowIfNull(sim);
        return (IDistrictDirectory)sim.Services.GetService(typeof(IDistrictDirectory))!;
    }

    /// <summary>A submission about <paramref name="student"/> carrying only the ids given (none: matched by name + birth date).</summary>
    public static object About(DirectoryStudent student, DirectorySchool school, string studentId = "", string stateId = "", string? firstName = null)
    {
        ArgumentNullException.ThrowIfNull(student);
        return Child(firstName ?? student.FirstName, student.LastName, student.DateOfBirth, school, studentId, stateId);
    }

    /// <summary>A new child (no SIS ids) at <paramref name="school"/>, grade within the school's range.</summary>
    public static object Child(
        string firstName, string lastName, DateOnly birthDate, DirectorySchool school, string studentId = "", string stateId = "", string? birthDateText = null)
    {
        ArgumentNullException.ThrowIfNull(school);
        return new
        {
            student = new
            {
                studentID = studentId,
                stateID = stateId,
                firstName,
                lastName,
                birthDate = birthDateText ?? birthDate.ToString("MM/dd/yyyy", CultureInfo.InvariantCulture),
                gender = "F",
                grade = Math.Max(school.LowGrade, 1).ToString(CultureInfo.InvariantCulture),
                school = school.Name,
                schoolNumber = school.SchoolNumber.ToString(CultureInfo.InvariantCulture),
            },
            address = new { street = "12 Elm Street", city = "Springfield", state = "IL", zip = "62701" },
        };
    }
}
