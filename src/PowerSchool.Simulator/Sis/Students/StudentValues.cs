using System.Globalization;

namespace PowerSchool.Simulator.Sis.Students;

/// <summary>Parses the text values of a flattened student record.</summary>
internal static class StudentValues
{
    public static bool TryDate(string text, out DateOnly date) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);

    public static DateOnly? Date(string? text) => text is not null && TryDate(text, out var d) ? d : null;

    public static long? Number(string? text) =>
        text is not null && long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var n) ? n : null;

    public static int? Int(string? text) => Number(text) is { } n && n is >= int.MinValue and <= int.MaxValue ? (int)n : null;
}
