using System.Globalization;
using PowerSchool.Simulator.District;

namespace PowerSchool.Simulator.Sis.Students;

/// <summary>Checks one student record against the data dictionary and the rules of its action; every broken rule is reported.</summary>
internal static class StudentRecordValidator
{
    private static readonly string[] Names = ["name/first_name", "name/last_name"];
    private static readonly string[] AddressKinds = ["physical", "mailing"];
    private static readonly string[] EmailPaths = ["contact/guardian_email", "contact_info/email"];

    // Data dictionary, schedule_setup/next_school: "Graduated school is a valid next school. The school number
    // of a graduated school is 999999".
    private const long GraduatedSchoolNumber = 999999;

    public static List<StudentFieldError> Validate(StudentRecord record, string action, SisStudent? existing, DistrictState state)
    {
        var errors = new List<StudentFieldError>();
        if (record.ClientUid is null)
        {
            errors.Add(StudentFieldError.For("client_uid", "MISSING_CLIENT_UID", "client_uid is required on every record."));
        }

        foreach (var (path, value) in record.Values)
        {
            if (StudentDataDictionary.Fields.TryGetValue(path, out var rule))
            {
                CheckValue(path, value, rule, errors);
            }
        }

        CheckCodes(record, errors);
        CheckContactFormats(record, state, errors);
        CheckBlocks(record, errors);
        if (action == StudentActions.Insert)
        {
            CheckInsert(record, state, errors);
        }
        else
        {
            CheckUpdate(record, existing, errors);
        }

        return errors;
    }

    private static void CheckValue(string path, string? value, StudentFieldRule rule, List<StudentFieldError> errors)
    {
        if (string.IsNullOrEmpty(value))
        {
            return;
        }

        switch (rule.Kind)
        {
            case StudentFieldKind.Number when !long.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number)
                || (path is not ("local_id" or "school_enrollment/full_time_equivalency/fteid") && number is < int.MinValue or > int.MaxValue):
                errors.Add(StudentFieldError.For(path, "INVALID_NUMBER", $"{path} must be a whole number (at most 10 digits)."));
                break;
            case StudentFieldKind.Date when !StudentValues.TryDate(value, out _):
                errors.Add(StudentFieldError.For(path, "INVALID_DATE", $"{path} must be a date in the format YYYY-MM-DD."));
                break;
            case StudentFieldKind.Text when rule.MaxLength > 0 && value.Length > rule.MaxLength:
                errors.Add(StudentFieldError.For(path, "INVALID_LENGTH", $"{path} is longer than its maximum length of {rule.MaxLength} characters."));
                break;
        }
    }

    private static void CheckCodes(StudentRecord record, List<StudentFieldError> errors)
    {
        if (record.Value("demographics/gender") is { } gender && gender.ToUpperInvariant() is not ("M" or "F"))
        {
            errors.Add(StudentFieldError.For("demographics/gender", "INVALID_GENDER", "gender must be M or F."));
        }

        if (record.Value("school_enrollment/track") is { } track && track.ToUpperInvariant() is not ("A" or "B" or "C" or "D" or "E" or "F"))
        {
            errors.Add(StudentFieldError.For("school_enrollment/track", "INVALID_TRACK", "track must be one of A, B, C, D, E, F."));
        }
    }

    private static void CheckContactFormats(StudentRecord record, DistrictState state, List<StudentFieldError> errors)
    {
        // The dictionary names no e-mail format; like PowerSchool's own forms, one @ with text either side and no spaces.
        foreach (var path in EmailPaths)
        {
            if (record.Value(path) is { } email && !IsEmail(email))
            {
                errors.Add(StudentFieldError.For(path, "INVALID_EMAIL", $"{path} must be an e-mail address (name@domain, no spaces)."));
            }
        }

        if (StudentValues.Number(record.Value("schedule_setup/next_school")) is { } next
            && next != GraduatedSchoolNumber && (next is < int.MinValue or > int.MaxValue || !state.SchoolsByNumber.ContainsKey((int)next)))
        {
            errors.Add(StudentFieldError.For("schedule_setup/next_school", "INVALID_NEXT_SCHOOL",
                $"No school has school_number {next}; next_school must be a school number (999999 for the graduated school)."));
        }
    }

    private static bool IsEmail(string value)
    {
        var at = value.IndexOf('@', StringComparison.Ordinal);
        return at > 0 && at == value.LastIndexOf('@') && at < value.Length - 1 && !value.Any(char.IsWhiteSpace);
    }

    private static void CheckBlocks(StudentRecord record, List<StudentFieldError> errors)
    {
        foreach (var kind in AddressKinds)
        {
            var parts = StudentDataDictionary.AddressParts.Select(part => $"addresses/{kind}/{part}").ToList();
            if (parts.Any(p => record.Value(p) is not null) || record.Value($"addresses/{kind}/grid_location") is not null)
            {
                foreach (var missing in parts.Where(p => record.Value(p) is null))
                {
                    errors.Add(StudentFieldError.For(missing, "INCOMPLETE_ADDRESS", $"The {kind} address block must be given whole: {missing} is missing."));
                }
            }
        }

        foreach (var (name, phone) in StudentDataDictionary.ContactPairs)
        {
            var hasName = record.Value(name) is not null;
            var hasPhone = record.Value(phone) is not null;
            if (hasName != hasPhone)
            {
                var missing = hasName ? phone : name;
                errors.Add(StudentFieldError.For(missing, "INCOMPLETE_CONTACT", $"{name} and {phone} must be given together: {missing} is missing."));
            }
        }
    }

    private static void CheckInsert(StudentRecord record, DistrictState state, List<StudentFieldError> errors)
    {
        foreach (var path in StudentDataDictionary.RequiredOnInsert.Where(p => record.Value(p) is null))
        {
            errors.Add(StudentFieldError.For(path, "MISSING_REQUIRED_FIELD", $"{path} is required when inserting a student."));
        }

        if (StudentValues.Number(record.Value("school_enrollment/school_number")) is { } school && !state.SchoolsByNumber.ContainsKey((int)school))
        {
            errors.Add(StudentFieldError.For("school_enrollment/school_number", "INVALID_SCHOOL_NUMBER", $"No school has school_number {school}."));
        }

        if (StudentValues.Number(record.Value("local_id")) is { } localId && state.Students.FindByStudentNumber(localId) is not null)
        {
            errors.Add(StudentFieldError.For("local_id", "INVALID_LOCAL_ID", "Local ID already exists in the database and can not be used in an insert."));
        }

        CheckEnrollStatus(record, errors);
    }

    private static void CheckEnrollStatus(StudentRecord record, List<StudentFieldError> errors)
    {
        var status = record.Value("school_enrollment/enroll_status");
        var code = record.Value("school_enrollment/enroll_status_code");
        if (status is not null && code is not null)
        {
            errors.Add(StudentFieldError.For("school_enrollment/enroll_status", "INVALID_ENROLL_STATUS", "enroll_status and enroll_status_code may not both be given."));
        }
        else if (status is null && code is null)
        {
            errors.Add(StudentFieldError.For("school_enrollment/enroll_status", "MISSING_REQUIRED_FIELD", "enroll_status or enroll_status_code is required when inserting a student."));
        }
        else if (status is not null && status.ToUpperInvariant() is not ("A" or "I" or "P" or "H"))
        {
            errors.Add(StudentFieldError.For("school_enrollment/enroll_status", "INVALID_ENROLL_STATUS", "On insert enroll_status must be A, I, P or H."));
        }
        else if (StudentValues.Number(code) is 2 or 3)
        {
            errors.Add(StudentFieldError.For("school_enrollment/enroll_status_code", "INVALID_ENROLL_STATUS", "On insert enroll_status_code may not be 2 (Transferred-Out) or 3 (Graduated)."));
        }
    }

    private static void CheckUpdate(StudentRecord record, SisStudent? existing, List<StudentFieldError> errors)
    {
        if (existing is null)
        {
            errors.Add(StudentFieldError.For("id", "INVALID_ID", record.Id is null ? "id (the student DCID) is required on UPDATE." : $"No student has id (DCID) {record.Id}."));
            return;
        }

        foreach (var path in Names.Where(p => record.Has(p) && record.Value(p) is null))
        {
            errors.Add(StudentFieldError.For(path, "BLANK_NAME", $"{path} may not be updated to blank."));
        }

        foreach (var path in record.Values.Keys.Where(p => StudentDataDictionary.Fields.TryGetValue(p, out var rule) && rule.InsertOnly))
        {
            if (path == "local_id" && StudentValues.Number(record.Value(path)) == existing.StudentNumber)
            {
                continue;
            }

            errors.Add(StudentFieldError.For(path, "INSERT_ONLY_FIELD", $"{path} can be set on INSERT only."));
        }
    }
}
