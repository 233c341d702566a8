using System.Globalization;

namespace PowerSchool.Simulator.Enrollment.Generation;

/// <summary>Enrollment grade names ("PK", "K", "3") for SIS grade levels (-1 pre-K, 0 kindergarten, 1..12).</summary>
public static class GradeNames
{
    public static string ForLevel(int gradeLevel) => gradeLevel switch
    {
        < 0 => "PK",
        0 => "K",
        _ => gradeLevel.ToString(CultureInfo.InvariantCulture),
    };
}
