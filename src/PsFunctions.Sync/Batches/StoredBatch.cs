using System.Globalization;
using System.Text.Json;
using PsFunctions.Sync.Outcomes;

namespace PsFunctions.Sync.Batches;

/// <summary>
/// An Enrollment batch as the batch archive keeps it: the createbatch answer's bytes, <c>{"id","date","records":[{"id","submitted","data"}]}</c>.
/// A record without a submission id, without a <c>data</c> object, or whose id another record of the batch also carries is
/// <see cref="Unreadable"/> (every copy of a repeated id: which one is right is for a person to say); the others are
/// <see cref="Records"/>. Holds student data: never log it.
/// </summary>
internal sealed class StoredBatch
{
    private StoredBatch(string batchId, DateTimeOffset? date, IReadOnlyList<StoredRecord> records, IReadOnlyList<UnreadableRecord> unreadable)
    {
        BatchId = batchId;
        Date = date;
        Records = records;
        Unreadable = unreadable;
    }

    public string BatchId { get; }

    /// <summary>When Enrollment created the batch (its <c>date</c>), or null when the answer has no readable date.</summary>
    public DateTimeOffset? Date { get; }

    public IReadOnlyList<StoredRecord> Records { get; }

    public IReadOnlyList<UnreadableRecord> Unreadable { get; }

    /// <summary>The batch's id and how many records it holds, or null when the bytes are not a batch with an id (nothing else is read).</summary>
    public static (string BatchId, int RecordCount)? ReadHead(ReadOnlyMemory<byte> json)
    {
        try
        {
            using var document = JsonDocument.Parse(json);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("id", out var id)
                || id.ValueKind != JsonValueKind.String || string.IsNullOrWhiteSpace(id.GetString()))
            {
                return null;
            }

            var count = root.TryGetProperty("records", out var list) && list.ValueKind == JsonValueKind.Array ? list.GetArrayLength() : 0;
            return (id.GetString()!, count);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>Reads a stored batch; throws <see cref="InvalidDataException"/> when the JSON is not a batch with an id.</summary>
    public static StoredBatch Parse(ReadOnlyMemory<byte> json)
    {
        if (ReadHead(json) is not { } head)
        {
            throw new InvalidDataException("The stored batch is not createbatch JSON with a batch id.");
        }

        using var document = JsonDocument.Parse(json);
        var items = document.RootElement.TryGetProperty("records", out var list) && list.ValueKind == JsonValueKind.Array
            ? list.EnumerateArray().Select(record => record.Clone()).ToList()
            : [];
        var ids = items.Select(SubmissionId).ToList();
        var repeated = ids.Where(id => id is not null).GroupBy(id => id, StringComparer.Ordinal)
            .Where(group => group.Count() > 1).Select(group => group.Key!).ToHashSet(StringComparer.Ordinal);
        var records = new List<StoredRecord>(items.Count);
        var unreadable = new List<UnreadableRecord>();
        for (var index = 0; index < items.Count; index++)
        {
            if (Problem(items[index], ids[index], repeated, index) is { } reason)
            {
                unreadable.Add(new UnreadableRecord(index, ids[index], items[index], reason));
            }
            else
            {
                records.Add(new StoredRecord(ids[index]!, items[index]));
            }
        }

        return new StoredBatch(head.BatchId, ReadDate(document.RootElement), records, unreadable);
    }

    private static DateTimeOffset? ReadDate(JsonElement root) =>
        root.TryGetProperty("date", out var date) && date.ValueKind == JsonValueKind.String
        && DateTimeOffset.TryParse(date.GetString(), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var at)
            ? at
            : null;

    private static RejectionReason? Problem(JsonElement record, string? id, HashSet<string> repeated, int index)
    {
        if (id is null)
        {
            return new RejectionReason(
                $"records[{index}].id", "is missing or not a submission id", "every delivery record carries its submission id (a positive whole number)");
        }

        if (repeated.Contains(id))
        {
            return new RejectionReason(
                $"records[{index}].id", $"{id} is carried by more than one record of the batch", "a submission appears once in a batch");
        }

        return record.TryGetProperty("data", out var data) && data.ValueKind == JsonValueKind.Object
            ? null
            : new RejectionReason($"records[{index}].data", "is missing or not a JSON object", "every delivery record carries the submission's data object");
    }

    // Enrollment ids are positive whole numbers; a string of digits is accepted as the same id.
    private static string? SubmissionId(JsonElement record)
    {
        if (record.ValueKind != JsonValueKind.Object || !record.TryGetProperty("id", out var id))
        {
            return null;
        }

        var number = id.ValueKind switch
        {
            JsonValueKind.Number when id.TryGetInt64(out var value) => value,
            JsonValueKind.String when long.TryParse(id.GetString(), NumberStyles.None, CultureInfo.InvariantCulture, out var value) => value,
            _ => 0,
        };
        return number > 0 ? number.ToString(CultureInfo.InvariantCulture) : null;
    }
}
