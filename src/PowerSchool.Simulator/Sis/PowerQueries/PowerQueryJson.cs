using System.Globalization;
using System.Text.Json;

namespace PowerSchool.Simulator.Sis.PowerQueries;

/// <summary>
/// A PowerQuery answer: <c>{"name", "count"?, "record":[...], "$dataversion"?}</c>. <c>record</c> is always an array;
/// a row is flat (<c>{"dcid":"1","id":"49"}</c>) for a flattened query and <c>{"id","name","tables":{"table":{column:
/// "string"}}}</c> otherwise; <c>count</c> is there with <c>count=true</c>, <c>$dataversion</c> (a string) when the
/// call asked for changes.
/// </summary>
internal static class PowerQueryJson
{
    public static void Write(Utf8JsonWriter w, IPowerQuery query, IReadOnlyList<QueryRow> rows, long? count, long? dataVersion)
    {
        w.WriteStartObject();
        w.WriteString("name", query.Name);
        if (count is { } total)
        {
            w.WriteNumber("count", total);
        }

        w.WriteStartArray("record");
        foreach (var row in rows)
        {
            if (query.Flattened)
            {
                Flat(w, row);
            }
            else
            {
                Nested(w, row);
            }
        }

        w.WriteEndArray();
        if (dataVersion is { } version)
        {
            w.WriteString("$dataversion", version.ToString(CultureInfo.InvariantCulture));
        }

        w.WriteEndObject();
    }

    private static void Flat(Utf8JsonWriter w, QueryRow row)
    {
        w.WriteStartObject();
        Columns(w, row.Tables.SelectMany(table => table.Value));
        w.WriteEndObject();
    }

    private static void Nested(Utf8JsonWriter w, QueryRow row)
    {
        w.WriteStartObject();
        w.WriteNumber("id", row.Id);
        w.WriteString("name", row.Name);
        w.WriteStartObject("tables");
        foreach (var (table, columns) in row.Tables)
        {
            w.WriteStartObject(table);
            Columns(w, columns);
            w.WriteEndObject();
        }

        w.WriteEndObject();
        w.WriteEndObject();
    }

    private static void Columns(Utf8JsonWriter w, IEnumerable<KeyValuePair<string, string?>> columns)
    {
        foreach (var (column, value) in columns)
        {
            if (value is not null)
            {
                w.WriteString(column, value);
            }
        }
    }
}
