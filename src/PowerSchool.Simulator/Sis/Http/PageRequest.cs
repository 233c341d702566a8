using System.Globalization;

namespace PowerSchool.Simulator.Sis.Http;

/// <summary>
/// PowerSchool paging: <c>page</c> is 1-based (default 1); <c>pagesize</c> defaults to, and is capped at,
/// the resource's maximum page size. A page past the end is empty.
/// </summary>
public sealed record PageRequest(int Page, int PageSize)
{
    public int Skip => (int)Math.Min(int.MaxValue, (long)(Page - 1) * PageSize);

    /// <summary>Reads page and pagesize; <paramref name="error"/> names the bad parameter.</summary>
    public static PageRequest? Parse(IQueryCollection query, int maxPageSize, out IResult? error)
    {
        ArgumentNullException.ThrowIfNull(query);
        return Parse(query, maxPageSize, out error, maxPageSize);
    }

    /// <summary>
    /// A PowerQuery's paging: <c>pagesize</c> defaults to <paramref name="defaultPageSize"/> and is not capped
    /// ("you may set this value to anything you want"); <c>pagesize=0</c> returns every row and ignores <c>page</c>.
    /// </summary>
    public static PageRequest? ParsePowerQuery(IQueryCollection query, int defaultPageSize, out IResult? error)
    {
        ArgumentNullException.ThrowIfNull(query);
        if (query["pagesize"] == "0")
        {
            error = null;
            return new PageRequest(1, int.MaxValue);
        }

        return Parse(query, int.MaxValue, out error, defaultPageSize);
    }

    private static PageRequest? Parse(IQueryCollection query, int maxPageSize, out IResult? error, int defaultPageSize)
    {
        error = null;
        if (!TryPositive(query["page"], 1, out var page))
        {
            error = SisErrors.BadRequest("page must be a whole number of 1 or more.");
            return null;
        }

        if (!TryPositive(query["pagesize"], defaultPageSize, out var size))
        {
            error = SisErrors.BadRequest("pagesize must be a whole number of 1 or more.");
            return null;
        }

        return new PageRequest(page, Math.Min(size, maxPageSize));
    }

    private static bool TryPositive(string? text, int fallback, out int value)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            value = fallback;
            return true;
        }

        return int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out value) && value >= 1;
    }
}
