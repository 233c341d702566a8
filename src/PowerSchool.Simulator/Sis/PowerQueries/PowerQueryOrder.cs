using System.Globalization;
using PowerSchool.Simulator.Sis.Http;

namespace PowerSchool.Simulator.Sis.PowerQueries;

/// <summary>
/// Ad-hoc ordering, the <c>order</c> query string value: <c>table.column[;asc|desc]</c>, comma-separated, leftmost most
/// significant (PowerSchool's reference). Without it rows keep the query's own order (by id).
/// </summary>
internal static class PowerQueryOrder
{
    /// <summary>The rows in that order; throws <see cref="FiqlException"/> (a 400) naming an unknown column or direction.</summary>
    public static IEnumerable<QueryRow> Apply(IEnumerable<QueryRow> rows, string? order, IPowerQuery query)
    {
        if (string.IsNullOrWhiteSpace(order))
        {
            return rows;
        }

        IOrderedEnumerable<QueryRow>? ordered = null;
        foreach (var key in order.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var parts = key.Split(';', StringSplitOptions.TrimEntries);
            var field = query.Reads.FirstOrDefault(f => f.Qualified.Equals(parts[0], StringComparison.OrdinalIgnoreCase))
                ?? throw new FiqlException($"Invalid order: {parts[0]} is not a column of {query.Name} (columns: {string.Join(", ", query.Reads.Select(f => f.Qualified))}).");
            var descending = parts.Length > 1 && IsDescending(parts[1]);
            Func<QueryRow, IComparable?> value = field.IsNumber
                ? row => long.TryParse(row.Value(field), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var n) ? n : null
                : row => row.Value(field)?.ToUpperInvariant();
            ordered = ordered is null
                ? descending ? rows.OrderByDescending(value) : rows.OrderBy(value)
                : descending ? ordered.ThenByDescending(value) : ordered.ThenBy(value);
        }

        return ordered ?? rows;
    }

    private static bool IsDescending(string direction) => direction.ToLowerInvariant() switch
    {
        "asc" => false,
        "desc" => true,
        _ => throw new FiqlException($"Invalid order: direction must be asc or desc, not '{direction}'."),
    };
}
