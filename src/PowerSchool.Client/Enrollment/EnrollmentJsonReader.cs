using System.Globalization;
using System.Text.Json;

namespace PowerSchool.Client.Enrollment;

/// <summary>Maps Enrollment answers whose shape varies (batches, records, the paging wrapper), keeping raw JSON.</summary>
internal static class EnrollmentJsonReader
{
    public static DeliveryBatch Batch(JsonElement batch) => new(
        Text(batch, "id") ?? throw new PowerSchoolException("A delivery batch arrived without an id."),
        Time(batch, "date"),
        Property(batch, "records") is { ValueKind: JsonValueKind.Array } records
            ? [.. records.EnumerateArray().Select(r => new DeliveryRecord(Long(r, "id") ?? 0, Time(r, "submitted"),
                Property(r, "data")?.Clone() ?? default))]
            : []);

    public static EnrollmentRecord Record(JsonElement record) => new()
    {
        Id = Long(record, "id") ?? 0,
        Status = Text(record, "status"),
        ExternalStudentId = Text(record, "externalStudentID"),
        ExternalFamilyId = Text(record, "externalFamilyID"),
        School = Text(record, "school"),
        Grade = Text(record, "grade"),
        Submitted = Time(record, "submitted"),
        Tags = Property(record, "tags") is { ValueKind: JsonValueKind.Array } tags
            ? [.. tags.EnumerateArray().Select(t => t.ToString())]
            : [],
        DataItems = Property(record, "dataItems") is { ValueKind: JsonValueKind.Object } items
            ? items.EnumerateObject().ToDictionary(p => p.Name, p => Scalar(p.Value), StringComparer.Ordinal)
            : new Dictionary<string, string?>(),
        Raw = record.Clone(),
    };

    /// <summary>
    /// The paging wrapper: the documented array of one <c>{metadata, records}</c> object, or a bare
    /// <c>{"metaData":..., "records":...}</c> object. Returns the records and the page count (when sent).
    /// </summary>
    public static (IReadOnlyList<EnrollmentRecord> Records, int? PageCount) Page(JsonElement root)
    {
        var page = root.ValueKind == JsonValueKind.Array ? root.EnumerateArray().FirstOrDefault() : root;
        if (page.ValueKind != JsonValueKind.Object)
        {
            return ([], null);
        }

        var metadata = Property(page, "metadata");
        var pageCount = metadata is { ValueKind: JsonValueKind.Object } m ? (int?)Long(m, "pageCount") : null;
        var records = Property(page, "records") is { ValueKind: JsonValueKind.Array } list
            ? list.EnumerateArray().Select(Record).ToList()
            : [];
        return (records, pageCount);
    }

    /// <summary>A single record: the reference wraps it in an array of one.</summary>
    public static EnrollmentRecord? Single(JsonElement root) => root.ValueKind switch
    {
        JsonValueKind.Array => root.EnumerateArray().Select(Record).FirstOrDefault(),
        JsonValueKind.Object => Record(root),
        _ => null,
    };

    /// <summary>A property by name, ignoring case (the service mixes <c>metadata</c>/<c>metaData</c>).</summary>
    public static JsonElement? Property(JsonElement element, string name)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        foreach (var property in element.EnumerateObject())
        {
            if (string.Equals(property.Name, name, StringComparison.OrdinalIgnoreCase))
            {
                return property.Value;
            }
        }

        return null;
    }

    public static string? Text(JsonElement element, string name) => Property(element, name) is { } value ? Scalar(value) : null;

    private static string? Scalar(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => value.GetString(),
        JsonValueKind.Null or JsonValueKind.Undefined => null,
        _ => value.GetRawText(),
    };

    private static long? Long(JsonElement element, string name) =>
        long.TryParse(Text(element, name), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) ? value : null;

    private static DateTimeOffset? Time(JsonElement element, string name) =>
        DateTimeOffset.TryParse(Text(element, name), CultureInfo.InvariantCulture,
            DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var value) ? value : null;
}
