using PsFunctions.Sync.Hashing;
using PsFunctions.Sync.Mapping;

namespace PsFunctions.Sync.Students;

/// <summary>
/// The identities a new student could be inserted under, as claim keys: the state id when the record has one,
/// and last name + first name + birth date. A record with a SIS student number names an existing student and
/// is never inserted, so it needs none. Keys are HMAC-SHA256 under the deployment's hash key
/// (<see cref="IdentityHasher"/>): storage sees no student data, and without the key a claim key cannot be
/// matched against a dictionary of names and birth dates.
/// </summary>
internal static class StudentClaimKeys
{
    /// <summary>
    /// A submission's own claim: held by the one handling that plans and posts a version of it, so an older version
    /// can never reach the SIS after a newer one. Submission ids are Enrollment's ids, not student data.
    /// </summary>
    public static string ForSubmission(string submissionId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(submissionId);
        return "submission:" + submissionId;
    }

    public static IReadOnlyList<string> For(StudentMatchKeys keys, IdentityHasher hasher)
    {
        ArgumentNullException.ThrowIfNull(keys);
        ArgumentNullException.ThrowIfNull(hasher);
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

        return [.. identities.Select(hasher.HashHex)];
    }
}
