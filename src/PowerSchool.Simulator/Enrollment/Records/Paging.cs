using System.Globalization;

namespace PowerSchool.Simulator.Enrollment.Records;

/// <summary>Reads page/pagesize (defaults 1 and 50) and wraps a page in the configured shape.</summary>
internal static class Paging
{
    public const int DefaultPageSize = 50;

    public static IResult Page<T>(HttpRequest request, IReadOnlyList<T> all, PagingShape shape)
    {
        if (!TryRead(request, "page", 1, out var page) || !TryRead(request, "pagesize", DefaultPageSize, out var pageSize))
        {
            return ErrorMessage.BadRequest("page and pagesize must be whole numbers of 1 or more.");
        }

        var metadata = new PageMetadata(page, pageSize, (all.Count + pageSize - 1) / pageSize, all.Count);
        var records = all.Skip((int)Math.Min(int.MaxValue, (long)(page - 1) * pageSize)).Take(pageSize).ToList();
        return shape == PagingShape.DocumentedArray
            ? Results.Ok(new[] { new DocumentedRecordPage<T>(metadata, records) })
            : Results.Ok(new RecordPage<T>(metadata, records));
    }

    private static bool TryRead(HttpRequest request, string name, int fallback, out int value)
    {
        // Query names are matched case-insensitively, so pageSize and pagesize both work.
        var raw = request.Query[name].FirstOrDefault();
        if (raw is null)
        {
            value = fallback;
            return true;
        }

        return int.TryParse(raw, NumberStyles.None, CultureInfo.InvariantCulture, out value) && value >= 1;
    }
}
