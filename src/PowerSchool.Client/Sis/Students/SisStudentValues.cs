using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using PowerSchool.Client.Json;

namespace PowerSchool.Client.Sis.Students;

/// <summary>
/// What a SIS student holds at each writable path of <see cref="SisStudentFields"/>, as text in the form a student
/// write carries (dates <c>yyyy-MM-dd</c>, numbers in invariant digits): the "before" of an UPDATE, read from the
/// student a match already fetched. A path whose expansion was not read, or that holds nothing, is absent.
/// </summary>
public static class SisStudentValues
{
    /// <summary>The student's value at every writable path it holds one for, keyed by path.</summary>
    public static IReadOnlyDictionary<string, string> Read(SisStudent student)
    {
        ArgumentNullException.ThrowIfNull(student);
        var json = JsonSerializer.SerializeToNode(student, SisJsonContext.Default.SisStudent) as JsonObject ?? [];
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var field in SisStudentFields.All)
        {
            if (Text(Select(json, field.Path)) is { } text)
            {
                values[field.Path] = text;
            }
        }

        return values;
    }

    private static JsonNode? Select(JsonObject student, string path)
    {
        JsonNode? node = student;
        foreach (var segment in path.Split('.'))
        {
            node = node is JsonObject parent ? parent[segment] : null;
        }

        return node;
    }

    private static string? Text(JsonNode? node) => node is not JsonValue value
        ? null
        : value.GetValueKind() switch
        {
            JsonValueKind.String => value.GetValue<string>() is { Length: > 0 } text ? text : null,
            JsonValueKind.Number => value.ToJsonString(),
            JsonValueKind.True => bool.TrueString.ToLower(CultureInfo.InvariantCulture),
            JsonValueKind.False => bool.FalseString.ToLower(CultureInfo.InvariantCulture),
            _ => null,
        };
}
