using System.Buffers;
using System.Globalization;
using System.Text.Json;
using PowerSchool.Client.Json;

namespace PowerSchool.Client.Sis.Students;

/// <summary>
/// Writes the body of <c>POST /ws/v1/student</c>: <c>{"students":{"student":[…]}}</c>, each record its
/// client_uid, action, id (UPDATE), its field values nested by catalogue path (<c>name.first_name</c> →
/// <c>{"name":{"first_name":…}}</c>) with each field's JSON type, and its <c>_extension_data</c>.
/// </summary>
internal static class StudentWireWriter
{
    public static byte[] Write(IEnumerable<StudentWriteMapper.Prepared> records)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteStartObject("students");
            writer.WriteStartArray("student");
            foreach (var record in records)
            {
                WriteRecord(writer, record);
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
            writer.WriteEndObject();
        }

        return buffer.WrittenSpan.ToArray();
    }

    private static void WriteRecord(Utf8JsonWriter writer, StudentWriteMapper.Prepared record)
    {
        var student = record.Source;
        writer.WriteStartObject();
        writer.WriteString("client_uid", record.ClientUid);
        writer.WriteString("action", student.Action == StudentWriteAction.Insert ? "INSERT" : "UPDATE");
        if (student.Action == StudentWriteAction.Update)
        {
            writer.WriteNumber("id", student.Dcid!.Value);
        }

        WriteLevel(writer, [.. record.Values.Select(value => (Segments: value.Field.Path.Split('.'), Value: value))], 0);
        if (student.Extensions is { Count: > 0 } extensions)
        {
            writer.WritePropertyName("_extension_data");
            JsonSerializer.Serialize(writer, ToWire(extensions), SisJsonContext.Default.WireExtensionData);
        }

        writer.WriteEndObject();
    }

    // Values that share a path segment at this depth go in one object, whatever their order in the catalogue.
    private static void WriteLevel(Utf8JsonWriter writer, IReadOnlyList<(string[] Segments, StudentWriteMapper.FieldValue Value)> values, int depth)
    {
        foreach (var group in values.GroupBy(value => value.Segments[depth], StringComparer.Ordinal))
        {
            var first = group.First();
            if (first.Segments.Length == depth + 1)
            {
                WriteValue(writer, group.Key, first.Value);
                continue;
            }

            writer.WriteStartObject(group.Key);
            WriteLevel(writer, [.. group], depth + 1);
            writer.WriteEndObject();
        }
    }

    private static void WriteValue(Utf8JsonWriter writer, string name, StudentWriteMapper.FieldValue value)
    {
        var (field, text) = (value.Field, value.Value);
        if (text.Length == 0 && (field.IsNumber || field.Format == SisFieldFormat.Date))
        {
            writer.WriteNull(name);
        }
        else if (field.IsNumber)
        {
            writer.WriteNumber(name, long.Parse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture));
        }
        else
        {
            writer.WriteString(name, text);
        }
    }

    // PowerSchool's extension fields are typed "String" on the wire, whatever the column (the API notes' sample).
    private static WireExtensionData ToWire(IReadOnlyList<StudentExtensionWrite> extensions) =>
        new([.. extensions.Select(extension => new WireTableExtension(
            extension.Name, [.. extension.Fields.Select(field => new WireExtensionField(field.Key, "String", field.Value))]))]);
}
