using System.Collections.Frozen;

namespace PowerSchool.Client.Sis.PowerQueries;

/// <summary>
/// Students.Enroll_Status as <c>/ws/v1/student</c> shows it (<c>enroll_status</c>, <c>enroll_status_description</c>):
/// a query answers the code only. Any code not listed is Inactive (I).
/// </summary>
internal static class EnrollStatusNames
{
    private static readonly (string Letter, string Description) Inactive = ("I", "Inactive");

    private static readonly FrozenDictionary<long, (string Letter, string Description)> ByCode = new Dictionary<long, (string, string)>
    {
        [0] = ("A", "Active"),
        [-1] = ("P", "Pre-Registered"),
        [2] = ("T", "Transferred-Out"),
        [3] = ("G", "Graduated"),
        [4] = ("H", "Historical"),
    }.ToFrozenDictionary();

    public static string Letter(long code) => ByCode.GetValueOrDefault(code, Inactive).Letter;

    public static string Description(long code) => ByCode.GetValueOrDefault(code, Inactive).Description;
}
