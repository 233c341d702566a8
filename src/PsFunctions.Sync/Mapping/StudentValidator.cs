using System.Globalization;
using PowerSchool.Client.Sis.Students;
using PsFunctions.Sync.Outcomes;

namespace PsFunctions.Sync.Mapping;

/// <summary>
/// Checks SIS student field values against the student data dictionary before anything is posted:
/// known and writable fields, lengths (too long is rejected, never truncated), formats, required-on-insert
/// fields and the block rules (address all-or-nothing, contact name/phone pairs). Reasons name the field,
/// the problem (never the value) and the rule.
/// </summary>
public static class StudentValidator
{
    /// <summary>
    /// Validates <paramref name="fields"/> (SIS path → value; an empty value means "clear it") for an INSERT
    /// (<paramref name="forInsert"/>) or an UPDATE. With <paramref name="schools"/>, school numbers and grade
    /// ranges are checked against the SIS schools list.
    /// </summary>
    public static IReadOnlyList<RejectionReason> Validate(
        IReadOnlyDictionary<string, string> fields, bool forInsert, IReadOnlyList<DistrictSchool>? schools = null)
    {
        ArgumentNullException.ThrowIfNull(fields);
        var reasons = new List<RejectionReason>();
        foreach (var (path, value) in fields.OrderBy(pair => pair.Key, StringComparer.Ordinal))
        {
            var field = SisStudentFields.Find(path);
            if (field is null)
            {
                reasons.Add(new(path, "is not a writable SIS student field", "SIS student fields catalogue (docs/mapping.md)"));
                continue;
            }

            if (!forInsert && !field.Updatable)
            {
                reasons.Add(new(path, "can only be set when a student is inserted", $"data dictionary: {field.Column} is INSERT-only"));
                continue;
            }

            if (FieldValueRules.Check(field, value, forInsert) is { } reason)
            {
                reasons.Add(reason);
            }
        }

        reasons.AddRange(StudentRecordRules.Check(fields, forInsert, schools));
        return reasons;
    }

    /// <summary>Parses a YYYY-MM-DD value the validator accepted.</summary>
    internal static DateOnly? ParseIsoDate(string? value) =>
        DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;
}
