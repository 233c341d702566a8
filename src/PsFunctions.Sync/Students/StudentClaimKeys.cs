using System.Security.Cryptography;
using System.Text;
using PsFunctions.Sync.Mapping;

namespace PsFunctions.Sync.Students;

/// <summary>
/// The identities a new student could be inserted under, as claim keys: the state id when the record has one,
/// and last name + first name + birth date. A record with a SIS student number names an existing student and
/// is never inserted, so it needs none. Keys are SHA-256 hashes: storage sees no student data.
/// </summary>
internal static class StudentClaimKeys
{
    public static IReadOnlyList<string> For(StudentMatchKeys keys)
    {
        ArgumentNullException.ThrowIfNull(keys);
        if (!string.IsNullOrWhiteSpace(keys.StudentNumber))
        {
            return [];
        }

        var identities = new List<string>(2);
        if (!string.IsNullOrWhiteSpace(keys.StateId))
        {
            identities.Add(StudentIdentity.ByStateId(keys.StateId));
        }

        if (keys.BirthDate is { } birthDate)
        {
            identities.Add(StudentIdentity.ByNameAndBirthDate(keys, birthDate));
        }

        return [.. identities.Select(Hash)];
    }

    private static string Hash(string identity) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(identity)));
}
