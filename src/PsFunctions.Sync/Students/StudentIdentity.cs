using System.Globalization;
using PsFunctions.Sync.Mapping;

namespace PsFunctions.Sync.Students;

/// <summary>
/// A student's identity as a submission describes it, normalised (trimmed, upper case): by state id, or by last
/// name + first name + birth date. Used in-process to keep two writes about one student out of a round and,
/// hashed, as claim keys. The strings hold student data: never logged or stored as they are.
/// </summary>
internal static class StudentIdentity
{
    public static string ByStateId(string stateId) => "state:" + stateId.Trim().ToUpperInvariant();

    public static string ByNameAndBirthDate(StudentMatchKeys keys, DateOnly birthDate) => string.Create(
        CultureInfo.InvariantCulture,
        $"name:{keys.LastName.Trim().ToUpperInvariant()}|{keys.FirstName.Trim().ToUpperInvariant()}|{birthDate:yyyy-MM-dd}");
}
