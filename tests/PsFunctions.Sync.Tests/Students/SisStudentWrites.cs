using System.Globalization;
using PowerSchool.Client.Sis.Students;

namespace PsFunctions.Sync.Tests.Students;

/// <summary>Writes sent straight to the SIS, by field path, to arrange the students a test's flow then meets.</summary>
internal static class SisStudentWrites
{
    /// <summary>An INSERT of an active grade 3 student for this school year; no birth date or gender unless given.</summary>
    public static StudentWrite Insert(string firstName, string lastName, int schoolNumber, DateOnly? birthDate = null)
    {
        var fields = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["name.first_name"] = firstName,
            ["name.last_name"] = lastName,
            ["school_enrollment.school_number"] = schoolNumber.ToString(CultureInfo.InvariantCulture),
            ["school_enrollment.grade_level"] = "3",
            ["school_enrollment.enroll_status"] = "A",
            ["school_enrollment.entry_date"] = "2026-08-01",
            ["school_enrollment.exit_date"] = "2027-07-01",
        };
        if (birthDate is { } date)
        {
            fields["demographics.birth_date"] = date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            fields["demographics.gender"] = "F";
        }

        return new StudentWrite { Action = StudentWriteAction.Insert, Fields = fields };
    }
}
