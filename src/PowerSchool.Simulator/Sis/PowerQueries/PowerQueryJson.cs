using System.Globalization;
using System.Text.Json;

namespace PowerSchool.Simulator.Sis.PowerQueries;

/// <summary>
/// A PowerQuery answer: <c>{"name", "record":[{"id","name","tables":{"table":{column: "string"}}}], "$dataversion"}</c>;
/// <c>record</c> is always an array, and <c>$dataversion</c> is there when the call asked for changes.
/// </summary>
internal static class PowerQueryJson
{
    public static void Write(Utf8JsonWriter w, string name, IReadOnlyList<QueryRow> rows, long? dataVersion)
    {
        w.WriteStartObject();
        w.WriteString("name", name);
        w.WriteStartArray("record");
        foreach (var row in rows)
        {
            w.WriteStartObject();
            w.WriteNumber("id", row.Id);
            w.WriteString("name", row.Name);
            w.WriteStartObject("tables");
            foreach (var (table, columns) in row.Tables)
            {
                w.WriteStartObject(table);
                foreach (var (column, value) in columns)
                {
                    if (value is not null)
                    {
                        w.WriteString(column, value);
                    }
                }

                w.WriteEndObject();
            }

            w.WriteEndObject();
            w.WriteEndObject();
        }

        w.WriteEndArray();
        if (dataVersion is { } version)
        {
            w.WriteString("$dataversion", version.ToString(CultureInfo.InvariantCulture));
        }

        w.WriteEndObject();
    }
}
