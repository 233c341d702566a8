using System.Globalization;

namespace PowerSchool.Client.Sis.PowerQueries;

/// <summary>A column of a student query row read as text, number or date: PowerQuery answers strings, and an empty or absent value is null as a GET leaves it out.</summary>
internal static class StudentQueryValues
{
    public static string? Text(SisRecord row, string column) => row.Get(column) is { Length: > 0 } text ? text : null;

    public static long? Number(SisRecord row, string column) =>
        long.TryParse(Text(row, column), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value) ? value : null;

    public static int? Whole(SisRecord row, string column) => (int?)Number(row, column);

    // The query selects dates with to_char(…, 'YYYY-MM-DD'); a longer value (a time part) is cut to its date.
    public static DateOnly? Date(SisRecord row, string column) =>
        Text(row, column) is { Length: >= 10 } text
            && DateOnly.TryParseExact(text[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : null;
}
