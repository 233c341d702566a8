using PowerSchool.Client.Sis.Schools;

namespace PsFunctions.Sync.Mapping;

/// <summary>
/// A school from the SIS schools list (GET /ws/v1/district/school), the lookup table for school names.
/// The grade range, when known, bounds the grade levels the school takes.
/// </summary>
public sealed record DistrictSchool(int SchoolNumber, string Name, string Abbreviation, int? LowGrade = null, int? HighGrade = null)
{
    /// <summary>The lookup entry of a school as the SIS client reads it; null when it has no number or name.</summary>
    public static DistrictSchool? From(SisSchool school)
    {
        ArgumentNullException.ThrowIfNull(school);
        if (school.SchoolNumber is not { } number || number is < int.MinValue or > int.MaxValue || string.IsNullOrWhiteSpace(school.Name))
        {
            return null;
        }

        // The client's school resource carries no abbreviation; names and numbers are looked up.
        return new DistrictSchool((int)number, school.Name, string.Empty, school.LowGrade, school.HighGrade);
    }
}
