using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using PsFunctions.Sync.Events;

namespace PsFunctions.Sync.ChangeFeed;

/// <summary>
/// Builds the student.created / updated / removed events. The id is a hash of the event type, the DCID and
/// the record hashes before and after, so a poll re-run after a crash (snapshot not yet saved) publishes the
/// very same ids and the broker drops the duplicates; including the old hash keeps a change back to an earlier
/// state (A→B→A) a new event.
/// </summary>
internal sealed class StudentEvents(string source, TimeProvider timeProvider)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public IntegrationEvent Created(long dcid, StudentFingerprint current) =>
        Build(EventTypes.StudentCreated, dcid, current.StudentNumber, current.FieldHashes.Keys.Order(StringComparer.Ordinal).ToList(), string.Empty, current.RecordHash);

    public IntegrationEvent Updated(long dcid, StudentFingerprint previous, StudentFingerprint current, IReadOnlyList<string> changedFields) =>
        Build(EventTypes.StudentUpdated, dcid, current.StudentNumber, changedFields, previous.RecordHash, current.RecordHash);

    public IntegrationEvent Removed(long dcid, StudentFingerprint? previous, string previousStored) =>
        Build(EventTypes.StudentRemoved, dcid, previous?.StudentNumber, [], previous?.RecordHash ?? previousStored, "removed");

    private IntegrationEvent Build(string type, long dcid, string? studentNumber, IReadOnlyList<string> changedFields, string before, string after)
    {
        var key = dcid.ToString(CultureInfo.InvariantCulture);
        var data = JsonSerializer.SerializeToElement(new StudentChangeData(dcid, studentNumber, changedFields), Json);
        return new IntegrationEvent(EventId(type, key, before, after), type, source, $"student/{key}", key, timeProvider.GetUtcNow(), data);
    }

    private static string EventId(string type, string dcid, string before, string after)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes($"{type}|{dcid}|{before}|{after}"));
        return new Guid(hash.AsSpan(0, 16)).ToString("D");
    }
}
