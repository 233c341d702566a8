using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using PsFunctions.Sync.Hashing;

namespace PsFunctions.Sync.ChangeFeed;

/// <summary>
/// A student's tracked fields reduced to hashes, so snapshots keep no student data: <see cref="RecordHash"/>
/// (HMAC-SHA256 of the canonical JSON of all tracked fields) says whether anything changed, and a short HMAC
/// per field names which fields changed. Tracked fields hold names, birth dates and state ids, so the hashes are
/// keyed (<see cref="IdentityHasher"/>) and <see cref="HashKeyId"/> names the key they were made under: hashes
/// under another key, or from before keyed hashes (no key id), cannot be compared. <see cref="StudentNumber"/> is
/// kept so a removal can name the student number after the record is gone.
/// </summary>
internal sealed record StudentFingerprint(string RecordHash, string? StudentNumber, IReadOnlyDictionary<string, string> FieldHashes, string? HashKeyId)
{
    private const string NumberKey = "#";
    private const string KeyIdKey = "@";
    private const int FieldHashBytes = 6;

    /// <summary>Hashes the <paramref name="trackedFields"/> (top-level names or dotted paths) of a student's JSON under <paramref name="hasher"/>'s key.</summary>
    public static StudentFingerprint Compute(JsonObject student, IReadOnlyList<string> trackedFields, string? studentNumber, IdentityHasher hasher)
    {
        ArgumentNullException.ThrowIfNull(student);
        ArgumentNullException.ThrowIfNull(trackedFields);
        ArgumentNullException.ThrowIfNull(hasher);
        var tracked = new JsonObject();
        var fieldHashes = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var field in trackedFields.Distinct(StringComparer.Ordinal))
        {
            var value = Select(student, field)?.DeepClone();
            var bytes = CanonicalJson.ToUtf8Bytes(value);
            fieldHashes[field] = Convert.ToHexStringLower(hasher.Hash(bytes).AsSpan(0, FieldHashBytes));
            tracked[field] = value;
        }

        var recordHash = Convert.ToHexStringLower(hasher.Hash(CanonicalJson.ToUtf8Bytes(tracked)));
        return new StudentFingerprint(recordHash, studentNumber, fieldHashes, hasher.KeyId);
    }

    /// <summary>Reads a fingerprint written by <see cref="Format"/>; null when the text is not one.</summary>
    public static StudentFingerprint? Parse(string? stored)
    {
        if (string.IsNullOrEmpty(stored))
        {
            return null;
        }

        var parts = stored.Split(';');
        if (parts[0].Length != 64)
        {
            return null;
        }

        string? number = null;
        string? keyId = null;
        var fields = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var part in parts.Skip(1))
        {
            var separator = part.IndexOf('=', StringComparison.Ordinal);
            if (separator <= 0)
            {
                return null;
            }

            var (key, value) = (part[..separator], part[(separator + 1)..]);
            if (key == NumberKey)
            {
                number = value.Length == 0 ? null : value;
            }
            else if (key == KeyIdKey)
            {
                keyId = value;
            }
            else
            {
                fields[key] = value;
            }
        }

        return new StudentFingerprint(parts[0], number, fields, keyId);
    }

    /// <summary>
    /// The stored form: <c>recordHash;@=hashKeyId;#=studentNumber;field=hash;...</c> (ids and hashes only; tracked field
    /// names are lower-case letters, digits, '_' and '.', so never <c>@</c> or <c>#</c>). Snapshots from before keyed
    /// hashes have no <c>@</c> part.
    /// </summary>
    public string Format()
    {
        var text = new StringBuilder(RecordHash);
        if (HashKeyId is not null)
        {
            text.Append(CultureInfo.InvariantCulture, $";{KeyIdKey}={HashKeyId}");
        }

        text.Append(CultureInfo.InvariantCulture, $";{NumberKey}={StudentNumber}");
        foreach (var (field, hash) in FieldHashes.OrderBy(static pair => pair.Key, StringComparer.Ordinal))
        {
            text.Append(CultureInfo.InvariantCulture, $";{field}={hash}");
        }

        return text.ToString();
    }

    /// <summary>
    /// Tracked fields whose value differs from <paramref name="previous"/>. Fields tracked by only one of
    /// the two (the configured list changed) are not reported: their old value is unknown.
    /// </summary>
    public IReadOnlyList<string> ChangedFieldsSince(StudentFingerprint previous)
    {
        ArgumentNullException.ThrowIfNull(previous);
        return FieldHashes
            .Where(pair => previous.FieldHashes.TryGetValue(pair.Key, out var old) && !string.Equals(old, pair.Value, StringComparison.Ordinal))
            .Select(static pair => pair.Key)
            .OrderBy(static field => field, StringComparer.Ordinal)
            .ToList();
    }

    private static JsonNode? Select(JsonObject student, string path)
    {
        JsonNode? node = student;
        foreach (var segment in path.Split('.'))
        {
            if (node is not JsonObject obj || !obj.TryGetPropertyValue(segment, out node))
            {
                return null;
            }
        }

        return node;
    }
}
