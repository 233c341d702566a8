using System.Globalization;
using PowerSchool.Client.Sis;
using PowerSchool.Client.Sis.Students;

namespace PsFunctions.Sync.Students;

/// <summary>
/// Turns mapped SIS field paths (<c>name.first_name</c> → value, already validated) into the client's
/// <see cref="StudentWrite"/>. Empty values are not sent. Paths the client's write model has no place for
/// are reported by <see cref="Unsupported"/> and left out.
/// </summary>
internal static class StudentWriteFactory
{
    // Declared before Supported, which reads them while the type initialises.
    private static readonly string[] AddressParts = ["street", "city", "state_province", "postal_code", "grid_location"];

    private static readonly string[] ContactParts =
    [
        "emergency_contact_name1", "emergency_phone1", "emergency_contact_name2", "emergency_phone2", "guardian_email",
        "guardian_fax", "mother", "father", "doctor_name", "doctor_phone",
    ];

    private static readonly HashSet<string> Supported =
    [
        "local_id", "state_province_id", "name.first_name", "name.middle_name", "name.last_name",
        "demographics.gender", "demographics.birth_date", "demographics.district_entry_date", "demographics.projected_graduation_year",
        "school_enrollment.enroll_status", "school_enrollment.enroll_status_code", "school_enrollment.grade_level",
        "school_enrollment.entry_date", "school_enrollment.exit_date", "school_enrollment.school_number",
        "school_enrollment.entry_code", "school_enrollment.entry_comment", "school_enrollment.exit_code",
        "school_enrollment.exit_comment", "school_enrollment.district_of_residence", "school_enrollment.track",
        "school_enrollment.full_time_equivalency.fteid", "phones.main.number", "contact_info.email",
        "initial_enrollment.district_entry_date", "initial_enrollment.district_entry_grade_level",
        "initial_enrollment.school_entry_date", "initial_enrollment.school_entry_grade_level",
        "schedule_setup.home_room", "schedule_setup.next_school", "schedule_setup.sched_next_year_grade",
        .. AddressPaths("physical"), .. AddressPaths("mailing"), .. ContactParts.Select(part => $"contact.{part}"),
    ];

    /// <summary>The paths of <paramref name="fields"/> this factory cannot send (field names only).</summary>
    public static IReadOnlyList<string> Unsupported(IReadOnlyDictionary<string, string> fields) =>
        [.. fields.Keys.Where(path => !Supported.Contains(path)).Order(StringComparer.Ordinal)];

    public static StudentWrite Create(StudentWriteAction action, long? dcid, string clientUid, IReadOnlyDictionary<string, string> fields)
    {
        ArgumentNullException.ThrowIfNull(fields);
        string? Text(string path) => fields.TryGetValue(path, out var value) && value.Length > 0 ? value : null;
        return new StudentWrite
        {
            Action = action,
            Dcid = action == StudentWriteAction.Update ? dcid : null,
            ClientUid = clientUid,
            LocalId = Long(Text("local_id")),
            StateProvinceId = Text("state_province_id"),
            Name = NullIfEmpty(new PersonName
            {
                FirstName = Text("name.first_name"),
                MiddleName = Text("name.middle_name"),
                LastName = Text("name.last_name"),
            }),
            Demographics = NullIfEmpty(new StudentDemographics
            {
                Gender = Text("demographics.gender"),
                BirthDate = Date(Text("demographics.birth_date")),
                DistrictEntryDate = Date(Text("demographics.district_entry_date")),
                ProjectedGraduationYear = Int(Text("demographics.projected_graduation_year")),
            }),
            SchoolEnrollment = SchoolEnrollment(Text),
            Addresses = NullIfEmpty(new SisAddresses { Physical = Address(Text, "physical"), Mailing = Address(Text, "mailing") }),
            Phones = Text("phones.main.number") is { } phone ? new SisPhones { Main = new SisPhone { Number = phone } } : null,
            Contact = Contact(Text),
            ContactInfo = Text("contact_info.email") is { } email ? new StudentContactInfo { Email = email } : null,
            InitialEnrollment = InitialEnrollment(Text),
            ScheduleSetup = NullIfEmpty(new StudentScheduleSetup
            {
                HomeRoom = Text("schedule_setup.home_room"),
                NextSchool = Long(Text("schedule_setup.next_school")),
                SchedNextYearGrade = Int(Text("schedule_setup.sched_next_year_grade")),
            }),
        };
    }

    private static StudentSchoolEnrollment? SchoolEnrollment(Func<string, string?> text) => NullIfEmpty(new StudentSchoolEnrollment
    {
        EnrollStatus = text("school_enrollment.enroll_status"),
        EnrollStatusCode = Int(text("school_enrollment.enroll_status_code")),
        GradeLevel = Int(text("school_enrollment.grade_level")),
        EntryDate = Date(text("school_enrollment.entry_date")),
        ExitDate = Date(text("school_enrollment.exit_date")),
        SchoolNumber = Long(text("school_enrollment.school_number")),
        EntryCode = text("school_enrollment.entry_code"),
        EntryComment = text("school_enrollment.entry_comment"),
        ExitCode = text("school_enrollment.exit_code"),
        ExitComment = text("school_enrollment.exit_comment"),
        DistrictOfResidence = text("school_enrollment.district_of_residence"),
        Track = text("school_enrollment.track"),
        FullTimeEquivalency = Long(text("school_enrollment.full_time_equivalency.fteid")) is { } fteid
            ? new StudentFullTimeEquivalency { Fteid = fteid }
            : null,
    });

    private static StudentContact? Contact(Func<string, string?> text) => NullIfEmpty(new StudentContact
    {
        EmergencyContactName1 = text("contact.emergency_contact_name1"),
        EmergencyPhone1 = text("contact.emergency_phone1"),
        EmergencyContactName2 = text("contact.emergency_contact_name2"),
        EmergencyPhone2 = text("contact.emergency_phone2"),
        GuardianEmail = text("contact.guardian_email"),
        GuardianFax = text("contact.guardian_fax"),
        Mother = text("contact.mother"),
        Father = text("contact.father"),
        DoctorName = text("contact.doctor_name"),
        DoctorPhone = text("contact.doctor_phone"),
    });

    private static StudentInitialEnrollment? InitialEnrollment(Func<string, string?> text) => NullIfEmpty(new StudentInitialEnrollment
    {
        DistrictEntryDate = Date(text("initial_enrollment.district_entry_date")),
        DistrictEntryGradeLevel = Int(text("initial_enrollment.district_entry_grade_level")),
        SchoolEntryDate = Date(text("initial_enrollment.school_entry_date")),
        SchoolEntryGradeLevel = Int(text("initial_enrollment.school_entry_grade_level")),
    });

    private static SisAddress? Address(Func<string, string?> text, string block) => NullIfEmpty(new SisAddress
    {
        Street = text($"addresses.{block}.street"),
        City = text($"addresses.{block}.city"),
        StateProvince = text($"addresses.{block}.state_province"),
        PostalCode = text($"addresses.{block}.postal_code"),
        GridLocation = text($"addresses.{block}.grid_location"),
    });

    private static string[] AddressPaths(string block) => [.. AddressParts.Select(part => $"addresses.{block}.{part}")];

    // A part with no value at all is left out of the POST rather than sent as an empty object.
    private static T? NullIfEmpty<T>(T part)
        where T : class, new() => part.Equals(new T()) ? null : part;

    private static long? Long(string? value) =>
        long.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number) ? number : null;

    private static int? Int(string? value) =>
        int.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number) ? number : null;

    private static DateOnly? Date(string? value) =>
        DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;
}
