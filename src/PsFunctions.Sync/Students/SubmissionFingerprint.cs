using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Nodes;
using PsFunctions.Sync.Hashing;

namespace PsFunctions.Sync.Students;

/// <summary>
/// The content of one delivery record, reduced to a SHA-256 (lower-case hex) of its canonical JSON (<see cref="CanonicalJson"/>)
/// without <c>submitted</c>: everything a mapping can read (<c>id</c>, <c>data</c> and any other member) counts, while the
/// time a family submitted, which Enrollment sets again when a returned form is sent back, does not. A batch delivered again
/// by <c>resetbatch</c> carries the same record, so it gets the same fingerprint. Not keyed: the hash names no person on its
/// own (it is a ledger row key beside the submission id, never an event field), and a keyed hash would change with every
/// key rotation, which would make every known submission new work.
/// </summary>
internal static class SubmissionFingerprint
{
    /// <summary>The delivery record's member that says when the family submitted: delivery metadata, not content.</summary>
    public const string SubmittedMember = "submitted";

    public static string Of(JsonElement record)
    {
        var node = JsonNode.Parse(record.GetRawText());
        if (node is JsonObject members)
        {
            members.Remove(SubmittedMember);
        }

        return Convert.ToHexStringLower(SHA256.HashData(CanonicalJson.ToUtf8Bytes(node)));
    }
}
