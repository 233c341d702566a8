using System.Globalization;
using PowerSchool.Client.Sis.Students;
using PsFunctions.Sync.Outcomes;

namespace PsFunctions.Sync.Mapping;

/// <summary>The rules that span fields: required-on-insert, blocks, pairs, enrolment status and dates, school and grade.</summary>
internal static class StudentRecordRules
{
    private static readonly string[] AddressParts = ["street", "city", "state_province", "postal_code"];

    private static readonly (string Name, string Phone)[] ContactPairs =
    [
        ("contact.emergency_contact_name1", "contact.emergency_phone1"),
        ("contact.emergency_contact_name2", "contact.emergency_phone2"),
        ("contact.doctor_name", "contact.doctor_phone"),
    ];

    public static IEnumerable<RejectionReason> Check(
        IReadOnlyDictionary<string, string> fields, bool forInsert, IReadOnlyList<DistrictSchool>? schools)
    {
        var required = forInsert ? RequiredOnInsert(fields) : [];
        return required
            .Concat(AddressBlock(fields, "physical"))
            .Concat(AddressBlock(fields, "mailing"))
            .Concat(ContactPairs.SelectMany(pair => Pair(fields, pair.Name, pair.Phone)))
            .Concat(EnrollStatus(fields))
            .Concat(EnrolmentDates(fields))
            .Concat(SchoolAndGrade(fields, schools));
    }

    private static bool Has(IReadOnlyDictionary<string, string> fields, string path) =>
        fields.TryGetValue(path, out var value) && value.Length > 0;

    private static IEnumerable<RejectionReason> RequiredOnInsert(IReadOnlyDictionary<string, string> fields) =>
        SisStudentFields.All
            .Where(field => field.RequiredOnInsert && !Has(fields, field.Path))
            .Select(field => new RejectionReason(
                field.Path, "is missing", $"required when enrolling a new student (data dictionary: {field.Column})"));

    // "This block is optional. However, if included, all related data must be provided ... with the exception
    // of grid location" (data dictionary, student/addresses/physical); applied to mailing too (assumption).
    private static IEnumerable<RejectionReason> AddressBlock(IReadOnlyDictionary<string, string> fields, string block)
    {
        var prefix = $"addresses.{block}.";
        if (!fields.Any(pair => pair.Key.StartsWith(prefix, StringComparison.Ordinal) && pair.Value.Length > 0))
        {
            return [];
        }

        return AddressParts
            .Where(part => !Has(fields, prefix + part))
            .Select(part => new RejectionReason(
                prefix + part,
                $"is missing while other parts of the {block} address are given",
                $"address block all-or-nothing: street, city, state_province and postal_code together (data dictionary: student/addresses/{block})"));
    }

    // "Emergency_contact_name1 must be provided if Emergency_phone1 is provided" and the reverse; the same for
    // contact 2 and for doctor_name/doctor_phone (data dictionary, student/contact).
    private static IEnumerable<RejectionReason> Pair(IReadOnlyDictionary<string, string> fields, string name, string phone)
    {
        var rule = $"{name} and {phone} go together (data dictionary: student/contact)";
        if (Has(fields, phone) && !Has(fields, name))
        {
            yield return new(name, $"is missing while {phone} is given", rule);
        }

        if (Has(fields, name) && !Has(fields, phone))
        {
            yield return new(phone, $"is missing while {name} is given", rule);
        }
    }

    private static IEnumerable<RejectionReason> EnrollStatus(IReadOnlyDictionary<string, string> fields)
    {
        if (Has(fields, "school_enrollment.enroll_status") && Has(fields, "school_enrollment.enroll_status_code"))
        {
            yield return new(
                "school_enrollment.enroll_status_code",
                "is given together with school_enrollment.enroll_status",
                "enroll_status and enroll_status_code may not both be specified (data dictionary: Students.Enroll_Status)");
        }
    }

    // PowerSchool refuses an enrolment whose exit date is not after its entry date (assumption, docs/mapping.md).
    private static IEnumerable<RejectionReason> EnrolmentDates(IReadOnlyDictionary<string, string> fields)
    {
        var entry = StudentValidator.ParseIsoDate(fields.GetValueOrDefault("school_enrollment.entry_date"));
        var exit = StudentValidator.ParseIsoDate(fields.GetValueOrDefault("school_enrollment.exit_date"));
        if (entry is { } entryDate && exit is { } exitDate && exitDate <= entryDate)
        {
            yield return new(
                "school_enrollment.exit_date",
                "is not after school_enrollment.entry_date",
                "the exit date is the day after the last day attended, so it follows the entry date");
        }
    }

    private static IEnumerable<RejectionReason> SchoolAndGrade(IReadOnlyDictionary<string, string> fields, IReadOnlyList<DistrictSchool>? schools)
    {
        var school = int.TryParse(fields.GetValueOrDefault("school_enrollment.school_number"), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number)
            ? schools?.FirstOrDefault(candidate => candidate.SchoolNumber == number)
            : null;
        if (schools is not null && Has(fields, "school_enrollment.school_number") && school is null)
        {
            yield return new("school_enrollment.school_number", "names no school in the SIS schools list", SchoolLookup.Rule);
        }

        if (!int.TryParse(fields.GetValueOrDefault("school_enrollment.grade_level"), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var grade))
        {
            yield break;
        }

        var (low, high) = (school?.LowGrade ?? -9, school?.HighGrade ?? 12);
        if (grade < low || grade > high)
        {
            var scope = school?.LowGrade is null ? "the grade levels -9 to 12" : "the grade range of the school";
            yield return new(
                "school_enrollment.grade_level",
                $"is outside the grade levels {low} to {high}",
                $"preschool below 0, kindergarten 0, then 1 to 12 (data dictionary: Students.Grade_Level); within {scope}");
        }
    }
}
