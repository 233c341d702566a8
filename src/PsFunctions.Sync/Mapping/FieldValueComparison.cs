using System.Globalization;
using System.Text;
using PowerSchool.Client.Sis.Students;

namespace PsFunctions.Sync.Mapping;

/// <summary>
/// The one place that decides whether a value a form asks for is the one the SIS holds (docs/mapping.md, "Comparing
/// with the SIS"): blank equals blank only; dates compare as calendar dates and whole numbers as numbers (<c>007</c>
/// is <c>7</c>); text compares with the ends trimmed, inner whitespace runs as one space, in composed (NFC) form and
/// case-insensitively (<c>SMITH</c> is <c>Smith</c>, because PowerSchool and families differ in case, not in meaning).
/// </summary>
public static class FieldValueComparison
{
    /// <summary>True when <paramref name="requested"/> and <paramref name="sisValue"/> are the same value of <paramref name="field"/>.</summary>
    public static bool Same(SisStudentField field, string? requested, string? sisValue)
    {
        ArgumentNullException.ThrowIfNull(field);
        var (left, right) = (Normalize(requested), Normalize(sisValue));
        if (left.Length == 0 || right.Length == 0)
        {
            return left.Length == right.Length;
        }

        if (field.Format == SisFieldFormat.Date && StudentValidator.ParseIsoDate(left) is { } leftDate && StudentValidator.ParseIsoDate(right) is { } rightDate)
        {
            return leftDate == rightDate;
        }

        if (field.IsNumber && long.TryParse(left, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var leftNumber)
            && long.TryParse(right, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var rightNumber))
        {
            return leftNumber == rightNumber;
        }

        return string.Equals(left, right, StringComparison.OrdinalIgnoreCase);
    }

    private static string Normalize(string? value) =>
        string.IsNullOrWhiteSpace(value) ? string.Empty : FieldTransform.CollapseWhitespace(value).Normalize(NormalizationForm.FormC);
}
