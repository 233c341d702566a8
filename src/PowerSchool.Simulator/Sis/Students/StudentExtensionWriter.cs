using System.Text.Json;
using PowerSchool.Simulator.District;
using PowerSchool.Simulator.Sis.Http;

namespace PowerSchool.Simulator.Sis.Students;

/// <summary>
/// Writes <c>_extension_data</c>: one <c>_table_extension</c> per requested extension (object when one, array
/// when several), each with <c>recordFound</c>, its <c>_field</c> list of name/type/value and its name.
/// Unknown extension names are ignored, as PowerSchool does.
/// </summary>
internal static class StudentExtensionWriter
{
    public static IReadOnlyList<string> Available(DistrictState state) => [StudentView.CoreFieldsExtension, .. state.ExtensionTables.Keys];

    public static void Write(Utf8JsonWriter w, SisStudent s, DistrictState state, IReadOnlySet<string> requested)
    {
        var tables = Available(state).Where(requested.Contains).ToList();
        if (tables.Count == 0)
        {
            return;
        }

        w.WriteStartObject("_extension_data");
        PsCollections.Write(w, "_table_extension", tables, (writer, table) => Table(writer, table, s, state));
        w.WriteEndObject();
    }

    private static void Table(Utf8JsonWriter w, string table, SisStudent s, DistrictState state)
    {
        var fields = Fields(table, s, state);
        w.WriteStartObject();
        w.WriteBoolean("recordFound", fields is not null);
        if (fields is not null)
        {
            PsCollections.Write(w, "_field", fields, static (writer, field) =>
            {
                writer.WriteStartObject();
                writer.WriteString("name", field.Key);
                writer.WriteString("type", "String");
                writer.WriteString("value", field.Value);
                writer.WriteEndObject();
            });
        }

        w.WriteString("name", table);
        w.WriteEndObject();
    }

    private static List<KeyValuePair<string, string>>? Fields(string table, SisStudent s, DistrictState state)
    {
        if (table == StudentView.CoreFieldsExtension)
        {
            return
            [
                new("pscore_legal_first_name", s.FirstName),
                new("pscore_legal_last_name", s.LastName),
                new("pscore_legal_gender", s.Gender ?? string.Empty),
            ];
        }

        var extension = state.ExtensionTables[table];
        return extension.RowOfStudent(s.Dcid) is { } id
            ? extension.Find(id)!.Where(f => f.Key is not "id" and not ExtensionTable.StudentKey).OrderBy(f => f.Key, StringComparer.Ordinal).ToList()
            : null;
    }
}
