namespace PowerSchool.Simulator.Sis.Students;

/// <summary>
/// The writable student fields of PowerSchool's data dictionary (see the API notes): path, kind, length and
/// whether only INSERT may set them. Fields not listed here are ignored on write.
/// </summary>
internal static class StudentDataDictionary
{
    public static readonly IReadOnlyDictionary<string, StudentFieldRule> Fields = new Dictionary<string, StudentFieldRule>(StringComparer.Ordinal)
    {
        ["local_id"] = new(StudentFieldKind.Number, InsertOnly: true),
        ["state_province_id"] = Text(32),
        ["student_username"] = Text(20),
        ["name/first_name"] = Text(50),
        ["name/middle_name"] = Text(30),
        ["name/last_name"] = Text(50),
        ["school_enrollment/enroll_status_code"] = new(StudentFieldKind.Number, InsertOnly: true),
        ["school_enrollment/enroll_status"] = new(StudentFieldKind.Text, 2, InsertOnly: true),
        ["school_enrollment/grade_level"] = new(StudentFieldKind.Number, InsertOnly: true),
        ["school_enrollment/entry_date"] = new(StudentFieldKind.Date, InsertOnly: true),
        ["school_enrollment/exit_date"] = new(StudentFieldKind.Date, InsertOnly: true),
        ["school_enrollment/school_number"] = new(StudentFieldKind.Number, InsertOnly: true),
        ["school_enrollment/entry_code"] = new(StudentFieldKind.Text, 10, InsertOnly: true),
        ["school_enrollment/entry_comment"] = new(StudentFieldKind.Text, 4000, InsertOnly: true),
        ["school_enrollment/exit_code"] = new(StudentFieldKind.Text, 10, InsertOnly: true),
        ["school_enrollment/exit_comment"] = new(StudentFieldKind.Text, 4000, InsertOnly: true),
        ["school_enrollment/district_of_residence"] = new(StudentFieldKind.Text, 20, InsertOnly: true),
        ["school_enrollment/track"] = new(StudentFieldKind.Text, 20, InsertOnly: true),
        ["school_enrollment/full_time_equivalency/fteid"] = new(StudentFieldKind.Number, InsertOnly: true),
        ["addresses/physical/street"] = Text(60),
        ["addresses/physical/city"] = Text(50),
        ["addresses/physical/state_province"] = Text(2),
        ["addresses/physical/postal_code"] = Text(10),
        ["addresses/physical/grid_location"] = Text(40),
        ["addresses/mailing/street"] = Text(60),
        ["addresses/mailing/city"] = Text(50),
        ["addresses/mailing/state_province"] = Text(2),
        ["addresses/mailing/postal_code"] = Text(10),
        ["addresses/mailing/grid_location"] = Text(40),
        ["contact/emergency_contact_name1"] = Text(60),
        ["contact/emergency_phone1"] = Text(30),
        ["contact/emergency_contact_name2"] = Text(60),
        ["contact/emergency_phone2"] = Text(60),
        ["contact/guardian_email"] = Text(4000),
        ["contact/guardian_fax"] = Text(30),
        ["contact/mother"] = Text(60),
        ["contact/father"] = Text(60),
        ["contact/doctor_name"] = Text(60),
        ["contact/doctor_phone"] = Text(30),
        ["contact_info/email"] = Text(4000),
        ["demographics/gender"] = Text(2),
        ["demographics/birth_date"] = new(StudentFieldKind.Date),
        ["demographics/district_entry_date"] = new(StudentFieldKind.Date),
        ["demographics/projected_graduation_year"] = new(StudentFieldKind.Number),
        ["initial_enrollment/district_entry_date"] = new(StudentFieldKind.Date),
        ["initial_enrollment/district_entry_grade_level"] = new(StudentFieldKind.Number),
        ["initial_enrollment/school_entry_date"] = new(StudentFieldKind.Date),
        ["initial_enrollment/school_entry_grade_level"] = new(StudentFieldKind.Number),
        ["phones/main/number"] = Text(30),
        ["schedule_setup/home_room"] = Text(60),
        ["schedule_setup/next_school"] = new(StudentFieldKind.Number),
        ["schedule_setup/sched_next_year_grade"] = new(StudentFieldKind.Number),
    };

    /// <summary>Fields an INSERT must carry (enroll_status or enroll_status_code is checked apart).</summary>
    public static readonly string[] RequiredOnInsert =
    [
        "name/first_name", "name/last_name", "school_enrollment/grade_level", "school_enrollment/entry_date",
        "school_enrollment/exit_date", "school_enrollment/school_number",
    ];

    /// <summary>Fields of an address block that must all be given when any is (grid_location excepted).</summary>
    public static readonly string[] AddressParts = ["street", "city", "state_province", "postal_code"];

    /// <summary>Contact fields that go in pairs: each needs the other.</summary>
    public static readonly (string Name, string Phone)[] ContactPairs =
    [
        ("contact/emergency_contact_name1", "contact/emergency_phone1"),
        ("contact/emergency_contact_name2", "contact/emergency_phone2"),
        ("contact/doctor_name", "contact/doctor_phone"),
    ];

    private static StudentFieldRule Text(int maxLength) => new(StudentFieldKind.Text, maxLength);
}
