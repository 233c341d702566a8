using System.Globalization;
using System.Text.Json;

namespace PowerSchool.Client.Sis;

/// <summary>Turns a table or PowerQuery row into a <see cref="SisRecord"/> (columns flattened, raw kept).</summary>
internal static class SisRecordReader
{
    public static SisRecord Read(JsonElement row, long? knownId = null)
    {
        var columns = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);
        if (row.ValueKind == JsonValueKind.Object && row.TryGetProperty("tables", out var tables) && tables.ValueKind == JsonValueKind.Object)
        {
            foreach (var table in tables.EnumerateObject().Where(t => t.Value.ValueKind == JsonValueKind.Object))
            {
                foreach (var column in table.Value.EnumerateObject())
                {
                    var text = Text(column.Value);
                    columns.TryAdd(column.Name, text);
                    columns[$"{table.Name}.{column.Name}"] = text;
                }
            }
        }

        if (row.ValueKind == JsonValueKind.Object)
        {
            foreach (var property in row.EnumerateObject().Where(p => p.Name != "tables"))
            {
                columns.TryAdd(property.Name, Text(property.Value));
            }
        }

        return new SisRecord(knownId ?? Id(row), columns, row.Clone());
    }

    private static long? Id(JsonElement row) =>
        row.ValueKind == JsonValueKind.Object && row.TryGetProperty("id", out var id)
            && long.TryParse(Text(id), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value)
            ? value
            : null;

    internal static string? Text(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => value.GetString(),
        JsonValueKind.Null or JsonValueKind.Undefined => null,
        _ => value.GetRawText(),
    };
}
