namespace PowerSchool.Simulator.Sis.Tables;

/// <summary>
/// The <c>projection</c> of a table read: required, as in PowerSchool; <c>*</c> means every column; a column
/// the table lacks is refused.
/// </summary>
internal static class TableProjection
{
    public static IReadOnlyList<string>? Parse(string? projection, IReadOnlyList<string> columns, out string? error)
    {
        error = null;
        if (string.IsNullOrWhiteSpace(projection))
        {
            error = "projection is required: a comma-separated list of columns, or * for all of them.";
            return null;
        }

        if (projection.Trim() == "*")
        {
            return columns;
        }

        var wanted = projection.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(c => c.ToLowerInvariant()).ToList();
        var unknown = wanted.Where(c => !columns.Contains(c, StringComparer.OrdinalIgnoreCase)).ToList();
        if (unknown.Count > 0)
        {
            error = $"projection names columns the table does not have: {string.Join(", ", unknown)}.";
            return null;
        }

        return wanted;
    }
}
