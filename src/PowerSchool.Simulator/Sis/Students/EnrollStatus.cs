namespace PowerSchool.Simulator.Sis.Students;

/// <summary>
/// Students.Enroll_Status as the API shows it: code 0 Active (A), -1 Pre-Registered (P), 2 Transferred-Out (T),
/// 3 Graduated (G), 4 Historical (H); any other code is Inactive (I, written as 1).
/// </summary>
public static class EnrollStatus
{
    public static string Letter(int code) => code switch
    {
        0 => "A",
        -1 => "P",
        2 => "T",
        3 => "G",
        4 => "H",
        _ => "I",
    };

    public static string Description(int code) => code switch
    {
        0 => "Active",
        -1 => "Pre-Registered",
        2 => "Transferred-Out",
        3 => "Graduated",
        4 => "Historical",
        _ => "Inactive",
    };

    /// <summary>The code of a status letter (case-insensitive), or null when it is not one.</summary>
    public static int? Code(string letter) => letter.ToUpperInvariant() switch
    {
        "A" => 0,
        "P" => -1,
        "T" => 2,
        "G" => 3,
        "H" => 4,
        "I" => 1,
        _ => null,
    };
}
