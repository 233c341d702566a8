using System.Text.Json;
using PowerSchool.Simulator.District;

namespace PowerSchool.Simulator.Sis.Students;

/// <summary>
/// The <c>_extension_data</c> of a posted student: for each <c>_table_extension</c> (object or array) its
/// table name and <c>_field</c> name/value pairs, written into that extension table's row for the student.
/// </summary>
internal sealed record StudentExtensionUpdate(string Table, IReadOnlyDictionary<string, string> Values)
{
    public static List<StudentExtensionUpdate> Parse(JsonElement? data, DistrictState state, List<StudentFieldError> errors)
    {
        var updates = new List<StudentExtensionUpdate>();
        if (data is not { ValueKind: JsonValueKind.Object } root || !root.TryGetProperty("_table_extension", out var tables))
        {
            return updates;
        }

        foreach (var table in Items(tables))
        {
            var name = table.TryGetProperty("name", out var n) ? n.GetString() : null;
            if (name is null || name.Equals("studentcorefields", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            if (!state.ExtensionTables.ContainsKey(name))
            {
                errors.Add(StudentFieldError.For("_extension_data", "INVALID_EXTENSION", $"No writable extension table is named {name}."));
                continue;
            }

            var values = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
            foreach (var field in table.TryGetProperty("_field", out var fields) ? Items(fields) : [])
            {
                if (field.TryGetProperty("name", out var fieldName) && fieldName.GetString() is { } key)
                {
                    values[key] = field.TryGetProperty("value", out var value) ? (value.ValueKind == JsonValueKind.String ? value.GetString() ?? string.Empty : value.GetRawText()) : string.Empty;
                }
            }

            updates.Add(new StudentExtensionUpdate(name, values));
        }

        return updates;
    }

    public void Apply(DistrictState state, long studentDcid)
    {
        var table = state.ExtensionTables[Table];
        var values = new Dictionary<string, string>(Values, StringComparer.OrdinalIgnoreCase)
        {
            [ExtensionTable.StudentKey] = studentDcid.ToString(System.Globalization.CultureInfo.InvariantCulture),
        };
        var id = table.RowOfStudent(studentDcid) is { } existing ? Update(table, existing, values) : table.Insert(values);
        state.Versions.Record(Table, id);
    }

    private static long Update(ExtensionTable table, long id, Dictionary<string, string> values)
    {
        table.Update(id, values);
        return id;
    }

    private static List<JsonElement> Items(JsonElement element) =>
        element.ValueKind == JsonValueKind.Array ? [.. element.EnumerateArray()] : element.ValueKind == JsonValueKind.Object ? [element] : [];
}
