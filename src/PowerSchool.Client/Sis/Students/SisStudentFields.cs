using System.Collections.Frozen;

namespace PowerSchool.Client.Sis.Students;

/// <summary>
/// The writable SIS student fields, from the student data dictionary (shared/reference/powerschool-api-notes.txt,
/// "STUDENT DATA - FIELDS"): path, column, length, rule, required-on-insert and updatable. This one list
/// drives the student POST (<see cref="StudentWrite.Fields"/> is keyed by these paths, and each value is
/// written at its path with its field's JSON type); PsFunctions.Sync validates mapped values and builds
/// the plugin's access request from it. Adding a writable field is one line here.
/// </summary>
public static class SisStudentFields
{
    /// <summary>Longest e-mail address accepted. The data dictionary gives no length; 256 is the
    /// Varchar2(256) of PowerSchool's e-mail columns (an assumption, see docs/mapping.md).</summary>
    public const int EmailMaxLength = 256;

    /// <summary>Every writable field, in data dictionary order.</summary>
    public static IReadOnlyList<SisStudentField> All { get; } =
    [
        Insert("local_id", "Students.Student_Number", null, SisFieldFormat.WholeNumber),
        Both("state_province_id", "Students.State_StudentNumber", 32),
        Both("student_username", "Students.Student_Web_ID", 20),
        Both("name.last_name", "Students.Last_Name", 50, required: true),
        Both("name.first_name", "Students.First_Name", 50, required: true),
        Both("name.middle_name", "Students.Middle_Name", 30),
        Insert("school_enrollment.enroll_status", "Students.Enroll_Status", 2, SisFieldFormat.EnrollStatus),
        Insert("school_enrollment.enroll_status_code", "Students.Enroll_Status", 2, SisFieldFormat.EnrollStatusCode),
        Insert("school_enrollment.grade_level", "Students.Grade_Level", null, SisFieldFormat.GradeLevel, required: true),
        Insert("school_enrollment.entry_date", "Students.EntryDate", null, SisFieldFormat.Date, required: true),
        Insert("school_enrollment.exit_date", "Students.ExitDate", null, SisFieldFormat.Date, required: true),
        Insert("school_enrollment.school_number", "Students.SchoolID", null, SisFieldFormat.SchoolNumber, required: true),
        Insert("school_enrollment.entry_code", "Students.EntryCode", 10),
        Insert("school_enrollment.entry_comment", "Students.TransferComment", 4000),
        Insert("school_enrollment.exit_code", "Students.ExitCode", 10),
        Insert("school_enrollment.exit_comment", "Students.ExitComment", 4000),
        Insert("school_enrollment.district_of_residence", "Students.DistrictOfResidence", 20),
        Insert("school_enrollment.track", "Students.Track", 20, SisFieldFormat.Track),
        Insert("school_enrollment.full_time_equivalency.fteid", "Students.FteId", 10, SisFieldFormat.WholeNumber),
        .. Address("physical", string.Empty),
        .. Address("mailing", "Mailing_"),
        Both("contact.emergency_contact_name1", "Students.Emerg_Contact_1", 60),
        Both("contact.emergency_phone1", "Students.Emerg_Phone_1", 30),
        Both("contact.emergency_contact_name2", "Students.Emerg_Contact_2", 60),
        Both("contact.emergency_phone2", "Students.Emerg_Phone_2", 60),
        Both("contact.guardian_email", "Students.GuardianEmail", EmailMaxLength, SisFieldFormat.Email),
        Both("contact.guardian_fax", "Students.GuardianFax", 30),
        Both("contact.mother", "Students.Mother", 60),
        Both("contact.father", "Students.Father", 60),
        Both("contact.doctor_name", "Students.Doctor_Name", 60),
        Both("contact.doctor_phone", "Students.Doctor_Phone", 30),
        Both("contact_info.email", "PSM_StudentContact.Email", EmailMaxLength, SisFieldFormat.Email),
        Both("demographics.gender", "Students.Gender", 2, SisFieldFormat.Gender),
        Both("demographics.birth_date", "Students.DOB", null, SisFieldFormat.Date),
        Both("demographics.district_entry_date", "Students.DistrictEntryDate", null, SisFieldFormat.Date),
        Both("demographics.projected_graduation_year", "Students.Sched_YearOfGraduation", 4, SisFieldFormat.WholeNumber),
        Both("initial_enrollment.district_entry_date", "Students.DistrictEntryDate", null, SisFieldFormat.Date),
        Both("initial_enrollment.district_entry_grade_level", "Students.DistrictEntryGradeLevel", 10, SisFieldFormat.WholeNumber),
        Both("initial_enrollment.school_entry_date", "Students.SchoolEntryDate", null, SisFieldFormat.Date),
        Both("initial_enrollment.school_entry_grade_level", "Students.SchoolEntryGradeLevel", 10, SisFieldFormat.WholeNumber),
        Both("phones.main.number", "Students.Home_Phone", 30),
        Both("schedule_setup.home_room", "Students.Home_Room", 60),
        Both("schedule_setup.next_school", "Students.Next_School", 10, SisFieldFormat.WholeNumber),
        Both("schedule_setup.sched_next_year_grade", "Students.Sched_NextYearGrade", 10, SisFieldFormat.WholeNumber),
    ];

    /// <summary>
    /// The student expansions the writable fields live in (every dotted path's first segment but <c>name</c>, which
    /// PowerSchool returns without asking): a read that must see what a write would change asks for these.
    /// </summary>
    public static IReadOnlyList<string> Expansions { get; } =
        [.. All.Where(field => field.Path.Contains('.', StringComparison.Ordinal))
            .Select(field => field.Path[..field.Path.IndexOf('.', StringComparison.Ordinal)])
            .Where(segment => segment != "name")
            .Distinct(StringComparer.Ordinal)];

    private static readonly FrozenDictionary<string, SisStudentField> ByPath =
        All.ToFrozenDictionary(field => field.Path, StringComparer.Ordinal);

    /// <summary>The field at <paramref name="path"/> (exact, lower-case SIS path), or null.</summary>
    public static SisStudentField? Find(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        return ByPath.GetValueOrDefault(path);
    }

    private static SisStudentField Both(
        string path, string column, int? maxLength, SisFieldFormat format = SisFieldFormat.Text, bool required = false) =>
        new(path, column, maxLength, format, required, Updatable: true);

    private static SisStudentField Insert(
        string path, string column, int? maxLength, SisFieldFormat format = SisFieldFormat.Text, bool required = false) =>
        new(path, column, maxLength, format, required, Updatable: false);

    // The physical and mailing blocks have the same fields and lengths; only the column prefix differs.
    private static SisStudentField[] Address(string block, string columnPrefix) =>
    [
        Both($"addresses.{block}.street", $"Students.{columnPrefix}Street", 60),
        Both($"addresses.{block}.city", $"Students.{columnPrefix}City", 50),
        Both($"addresses.{block}.state_province", $"Students.{columnPrefix}State", 2),
        Both($"addresses.{block}.postal_code", $"Students.{columnPrefix}Zip", 10),
        Both($"addresses.{block}.grid_location", block == "physical" ? "Students.Geocode" : "Students.Mailing_Geocode", 40),
    ];
}
