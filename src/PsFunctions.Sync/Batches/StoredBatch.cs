using System.Globalization;
using System.Text.Json;
using PowerSchool.Client.Enrollment;

namespace PsFunctions.Sync.Batches;

/// <summary>
/// An Enrollment batch as the batch archive keeps it: <c>{"id","date","records":[{"id","submitted","data"}]}</c>,
/// the createbatch shape. Each record keeps the delivery target's <c>data</c> exactly as PowerSchool sent it.
/// Holds student data: never log it.
/// </summary>
internal sealed class StoredBatch
{
    private StoredBatch(string batchId, IReadOnlyList<StoredRecord> records)
    {
        BatchId = batchId;
        Records = records;
    }

    public string BatchId { get; }

    public IReadOnlyList<StoredRecord> Records { get; }

    /// <summary>The stored JSON of a batch createbatch returned (what the batch archive saves).</summary>
    public static byte[] Serialize(DeliveryBatch batch)
    {
        ArgumentNullException.ThrowIfNull(batch);
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteString("id", batch.Id);
            if (batch.Date is { } date)
            {
                writer.WriteString("date", date.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture));
            }

            writer.WriteStartArray("records");
            foreach (var record in batch.Records)
            {
                writer.WriteStartObject();
                writer.WriteNumber("id", record.Id);
                if (record.Submitted is { } submitted)
                {
                    writer.WriteString("submitted", submitted.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture));
                }

                writer.WritePropertyName("data");
                record.Data.WriteTo(writer);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        return buffer.ToArray();
    }

    /// <summary>Reads a stored batch; throws <see cref="InvalidDataException"/> when the JSON is not a batch.</summary>
    public static StoredBatch Parse(ReadOnlyMemory<byte> json)
    {
        try
        {
            using var document = JsonDocument.Parse(json);
            var root = document.RootElement;
            var batchId = root.GetProperty("id").GetString()
                ?? throw new InvalidDataException("The stored batch has no id.");
            var records = root.TryGetProperty("records", out var list) && list.ValueKind == JsonValueKind.Array
                ? list.EnumerateArray().Select(ReadRecord).ToList()
                : [];
            return new StoredBatch(batchId, records);
        }
        catch (Exception ex) when (ex is JsonException or KeyNotFoundException or InvalidOperationException)
        {
            throw new InvalidDataException("The stored batch is not createbatch JSON.", ex);
        }
    }

    private static StoredRecord ReadRecord(JsonElement record)
    {
        var id = record.GetProperty("id");
        var submissionId = id.ValueKind == JsonValueKind.Number
            ? id.GetInt64().ToString(CultureInfo.InvariantCulture)
            : id.GetString() ?? string.Empty;
        return new StoredRecord(submissionId, record.Clone());
    }
}
