using System.Text.Json;

namespace PowerSchool.Simulator.Sis.Tables;

/// <summary>Reads a table write body, <c>{"tables":{"table":{"column":"value"}}}</c>; every value must be a string (or null).</summary>
internal static class TableBody
{
    public static async Task<(Dictionary<string, string>? Values, string? Error)> ReadAsync(HttpRequest request, string table)
    {
        JsonDocument document;
        try
        {
            document = await JsonDocument.ParseAsync(request.Body, cancellationToken: request.HttpContext.RequestAborted);
        }
        catch (JsonException)
        {
            return (null, "The body is not valid JSON.");
        }

        using (document)
        {
            if (document.RootElement.ValueKind != JsonValueKind.Object || !document.RootElement.TryGetProperty("tables", out var tables)
                || tables.ValueKind != JsonValueKind.Object || !TryTable(tables, table, out var row) || row.ValueKind != JsonValueKind.Object)
            {
                return (null, $"The body must be {{\"tables\":{{\"{table}\":{{\"column\":\"value\"}}}}}}.");
            }

            var values = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
            foreach (var column in row.EnumerateObject())
            {
                if (column.Value.ValueKind is not (JsonValueKind.String or JsonValueKind.Null))
                {
                    return (null, $"Column {column.Name} must be given as a string, as PowerSchool table resources take every value.");
                }

                if (!column.Name.Equals("id", StringComparison.OrdinalIgnoreCase))
                {
                    values[column.Name.ToLowerInvariant()] = column.Value.GetString() ?? string.Empty;
                }
            }

            return (values, null);
        }
    }

    private static bool TryTable(JsonElement tables, string table, out JsonElement row)
    {
        foreach (var property in tables.EnumerateObject().Where(p => p.Name.Equals(table, StringComparison.OrdinalIgnoreCase)))
        {
            row = property.Value.Clone();
            return true;
        }

        row = default;
        return false;
    }
}
