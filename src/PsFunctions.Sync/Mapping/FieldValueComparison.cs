using System.Globalization;
using System.Text;
using PowerSchool.Client.Sis.Students;

namespace PsFunctions.Sync.Mapping;

/// <summary>
/// The one place that compares a field's value with the one the SIS holds (docs/mapping.md, "Comparing with the SIS";
/// docs/sync-intake.md, the audit). Both questions share the rules: blank equals blank only; dates compare as calendar
/// dates and whole numbers as numbers (<c>007</c> is <c>7</c>); text in composed (NFC) form with its ends trimmed. They
/// differ on case and inner whitespace:
/// <list type="bullet">
/// <item><see cref="Same"/>: is what a form asks for what the SIS holds? Inner whitespace runs count as one space and
/// case is ignored (<c>SMITH</c> is <c>Smith</c>: PowerSchool and families differ in case, not in meaning).</item>
/// <item><see cref="Unchanged"/>: does writing this value leave the stored one as it was (the audit's "changed")? Case
/// counts, since PowerSchool stores what is sent, except for codes and e-mail addresses (gender, track, enroll status, e-mail).</item>
/// </list>
/// </summary>
public static class FieldValueComparison
{
    /// <summary>True when <paramref name="requested"/> and <paramref name="sisValue"/> are the same value of <paramref name="field"/>.</summary>
    public static bool Same(SisStudentField field, string? requested, string? sisValue)
    {
        ArgumentNullException.ThrowIfNull(field);
        return Compare(field, Collapse(requested), Collapse(sisValue), StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>True when writing <paramref name="written"/> over <paramref name="before"/> leaves the field at <paramref name="path"/> unchanged.</summary>
    public static bool Unchanged(string path, string? before, string? written)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (SisStudentFields.Find(path) is not { } field)
        {
            return string.Equals(Trim(before), Trim(written), StringComparison.Ordinal);
        }

        var text = field.Format is SisFieldFormat.Gender or SisFieldFormat.Track or SisFieldFormat.EnrollStatus
            or SisFieldFormat.EnrollStatusCode or SisFieldFormat.Email
            ? StringComparison.OrdinalIgnoreCase
            : StringComparison.Ordinal;
        return Compare(field, Trim(before), Trim(written), text);
    }

    private static bool Compare(SisStudentField field, string left, string right, StringComparison text)
    {
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

        return string.Equals(left, right, text);
    }

    private static string Collapse(string? value) =>
        string.IsNullOrWhiteSpace(value) ? string.Empty : FieldTransform.CollapseWhitespace(value).Normalize(NormalizationForm.FormC);

    private static string Trim(string? value) => value is null ? string.Empty : value.Trim().Normalize(NormalizationForm.FormC);
}
