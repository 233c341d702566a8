using System.Globalization;
using PowerSchool.Client.Sis.Students;
using PsFunctions.Sync.Outcomes;

namespace PsFunctions.Sync.Mapping;

/// <summary>The rules one field's value must meet on its own: no control characters, its length, its format.</summary>
internal static class FieldValueRules
{
    private static readonly string[] InsertStatuses = ["A", "I", "P", "H"];
    private static readonly string[] AnyStatuses = ["A", "P", "T", "G", "H", "I"];

    public static RejectionReason? Check(SisStudentField field, string value, bool forInsert)
    {
        if (value.Length == 0)
        {
            // "May not be updated to blank" (data dictionary, name.first_name and name.last_name).
            return field.RequiredOnInsert && field.Updatable
                ? new(field.Path, "is blank", $"data dictionary: {field.Column} may not be updated to blank")
                : null;
        }

        if (value.Any(char.IsControl))
        {
            return new(field.Path, "contains a control character (such as a line break or tab)", "single-line text without control characters");
        }

        var length = value.EnumerateRunes().Count();
        if (field.MaxLength is { } max && length > max)
        {
            return new(field.Path, $"is {length} characters long", $"at most {max} characters (data dictionary: {field.Column})");
        }

        return CheckFormat(field, value, forInsert);
    }

    private static RejectionReason? CheckFormat(SisStudentField field, string value, bool forInsert)
    {
        var source = $"data dictionary: {field.Column}";
        return field.Format switch
        {
            SisFieldFormat.Date when StudentValidator.ParseIsoDate(value) is null =>
                new(field.Path, "is not a calendar date in YYYY-MM-DD form", $"FORMAT: YYYY-MM-DD ({source})"),
            _ when field.IsNumber && !long.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out _) =>
                new(field.Path, "is not a whole number", $"a whole number ({source})"),
            SisFieldFormat.Gender when value is not ("M" or "F") =>
                new(field.Path, "is not M or F", $"must only be M or F ({source})"),
            SisFieldFormat.EnrollStatus when !(forInsert ? InsertStatuses : AnyStatuses).Contains(value.ToUpperInvariant()) =>
                new(field.Path, forInsert ? "is not A, I, P or H" : "is not A, P, T, G, H or I",
                    forInsert ? $"restricted to A, I, P and H on an insert ({source})" : $"one of A, P, T, G, H, I ({source})"),
            SisFieldFormat.EnrollStatusCode when forInsert && value is "2" or "3" =>
                new(field.Path, "is 2 (Transferred-Out) or 3 (Graduated)", $"cannot be 2 or 3 on an insert ({source})"),
            SisFieldFormat.Track when value is not ("A" or "B" or "C" or "D" or "E" or "F") =>
                new(field.Path, "is not one of A to F", $"valid tracks are A, B, C, D, E, F ({source})"),
            SisFieldFormat.Email when !LooksLikeEmail(value) =>
                new(field.Path, "is not an e-mail address", "one @ with text on both sides and no spaces"),
            _ => null,
        };
    }

    /// <summary>The e-mail rule of student fields and contact e-mails: one @ with text on both sides and no spaces.</summary>
    internal static bool LooksLikeEmail(string value)
    {
        var at = value.IndexOf('@', StringComparison.Ordinal);
        return at > 0 && at == value.LastIndexOf('@') && at < value.Length - 1 && !value.Any(char.IsWhiteSpace);
    }
}
