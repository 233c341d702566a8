using System.Globalization;
using System.Text;
using PowerSchool.Client.Sis.Students;

namespace PsFunctions.Sync.Students;

/// <summary>
/// Whether the value a write sends to a SIS field is the value the SIS already holds: the one comparison the audit
/// (and anything else that asks "did this change?") uses. Surrounding spaces and Unicode composition never count,
/// and no value equals an empty one. Dates compare as dates and whole numbers (grades, school numbers, years) as
/// numbers, so <c>2015-03-02</c> and <c>05</c> equal the SIS's <c>2015-03-02</c> and <c>5</c>. Codes and e-mail
/// addresses (gender, track, enroll status, <see cref="SisFieldFormat.Email"/>) ignore case; other text does not:
/// "Mcdonald" → "McDonald" is an edit the SIS keeps, so it is a change.
/// </summary>
public static class FieldValueComparer
{
    /// <summary>True when writing <paramref name="written"/> to <paramref name="path"/> leaves <paramref name="sis"/> as it is.</summary>
    public static bool Same(string path, string? sis, string? written)
    {
        ArgumentNullException.ThrowIfNull(path);
        var before = Normal(sis);
        var after = Normal(written);
        if (before.Length == 0 || after.Length == 0)
        {
            return before.Length == after.Length;
        }

        return SisStudentFields.Find(path)?.Format switch
        {
            SisFieldFormat.Date => SameDate(before, after),
            SisFieldFormat.WholeNumber or SisFieldFormat.GradeLevel or SisFieldFormat.SchoolNumber => SameNumber(before, after),
            SisFieldFormat.Gender or SisFieldFormat.Track or SisFieldFormat.EnrollStatus or SisFieldFormat.EnrollStatusCode or SisFieldFormat.Email =>
                string.Equals(before, after, StringComparison.OrdinalIgnoreCase),
            _ => string.Equals(before, after, StringComparison.Ordinal),
        };
    }

    private static string Normal(string? value) => value is null ? string.Empty : value.Trim().Normalize(NormalizationForm.FormC);

    private static bool SameDate(string before, string after) =>
        DateOnly.TryParseExact(before, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var a)
        && DateOnly.TryParseExact(after, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var b)
            ? a == b
            : string.Equals(before, after, StringComparison.Ordinal);

    private static bool SameNumber(string before, string after) =>
        decimal.TryParse(before, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var a)
        && decimal.TryParse(after, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var b)
            ? a == b
            : string.Equals(before, after, StringComparison.Ordinal);
}
