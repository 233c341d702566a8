using PowerSchool.Simulator.District;

namespace PowerSchool.Simulator.Sis.Students;

/// <summary>
/// Builds the student row a valid record produces: a new row for INSERT, or the existing row with the given
/// fields replaced for UPDATE (a field given blank is cleared; a field not given is kept).
/// </summary>
internal static class StudentRecordApplier
{
    public static SisStudent Insert(StudentRecord r, long dcid, long id, long studentNumber, DateTimeOffset now)
    {
        var status = r.Value("school_enrollment/enroll_status") is { } letter ? EnrollStatus.Code(letter)!.Value : StudentValues.Int(r.Value("school_enrollment/enroll_status_code"))!.Value;
        var blank = new SisStudent
        {
            Dcid = dcid,
            Id = id,
            StudentNumber = studentNumber,
            FirstName = r.Value("name/first_name")!,
            LastName = r.Value("name/last_name")!,
            Enrollment = new StudentEnrollment
            {
                EnrollStatusCode = status,
                GradeLevel = StudentValues.Int(r.Value("school_enrollment/grade_level"))!.Value,
                SchoolNumber = StudentValues.Int(r.Value("school_enrollment/school_number"))!.Value,
                EntryDate = StudentValues.Date(r.Value("school_enrollment/entry_date"))!.Value,
                ExitDate = StudentValues.Date(r.Value("school_enrollment/exit_date"))!.Value,
                EntryCode = r.Value("school_enrollment/entry_code"),
                EntryComment = r.Value("school_enrollment/entry_comment"),
                ExitCode = r.Value("school_enrollment/exit_code"),
                ExitComment = r.Value("school_enrollment/exit_comment"),
                DistrictOfResidence = r.Value("school_enrollment/district_of_residence"),
                Track = r.Value("school_enrollment/track")?.ToUpperInvariant(),
                FteId = StudentValues.Number(r.Value("school_enrollment/full_time_equivalency/fteid")),
            },
            TransactionDate = now,
        };
        return Update(r, blank, now);
    }

    public static SisStudent Update(StudentRecord r, SisStudent s, DateTimeOffset now)
    {
        var updated = s with
        {
            StateStudentNumber = Text(r, "state_province_id", s.StateStudentNumber),
            StudentWebId = Text(r, "student_username", s.StudentWebId),
            FirstName = r.Value("name/first_name") ?? s.FirstName,
            MiddleName = Text(r, "name/middle_name", s.MiddleName),
            LastName = r.Value("name/last_name") ?? s.LastName,
            Gender = Text(r, "demographics/gender", s.Gender)?.ToUpperInvariant(),
            DateOfBirth = Date(r, "demographics/birth_date", s.DateOfBirth),
            DistrictEntryDate = Date(r, "initial_enrollment/district_entry_date", Date(r, "demographics/district_entry_date", s.DistrictEntryDate)),
            ProjectedGraduationYear = Int(r, "demographics/projected_graduation_year", s.ProjectedGraduationYear),
            PhysicalAddress = Address(r, "physical", s.PhysicalAddress),
            MailingAddress = Address(r, "mailing", s.MailingAddress),
            HomePhone = Text(r, "phones/main/number", s.HomePhone),
            Email = Text(r, "contact_info/email", s.Email),
            HomeRoom = Text(r, "schedule_setup/home_room", s.HomeRoom),
            NextSchool = Int(r, "schedule_setup/next_school", s.NextSchool),
            SchedNextYearGrade = Int(r, "schedule_setup/sched_next_year_grade", s.SchedNextYearGrade),
            DistrictEntryGradeLevel = Int(r, "initial_enrollment/district_entry_grade_level", s.DistrictEntryGradeLevel),
            SchoolEntryDate = Date(r, "initial_enrollment/school_entry_date", s.SchoolEntryDate),
            SchoolEntryGradeLevel = Int(r, "initial_enrollment/school_entry_grade_level", s.SchoolEntryGradeLevel),
            TransactionDate = now,
        };
        return updated with { Contact = Contact(r, s.Contact) };
    }

    private static StudentContact Contact(StudentRecord r, StudentContact c) => c with
    {
        EmergencyContactName1 = Text(r, "contact/emergency_contact_name1", c.EmergencyContactName1),
        EmergencyPhone1 = Text(r, "contact/emergency_phone1", c.EmergencyPhone1),
        EmergencyContactName2 = Text(r, "contact/emergency_contact_name2", c.EmergencyContactName2),
        EmergencyPhone2 = Text(r, "contact/emergency_phone2", c.EmergencyPhone2),
        GuardianEmail = Text(r, "contact/guardian_email", c.GuardianEmail),
        GuardianFax = Text(r, "contact/guardian_fax", c.GuardianFax),
        Mother = Text(r, "contact/mother", c.Mother),
        Father = Text(r, "contact/father", c.Father),
        DoctorName = Text(r, "contact/doctor_name", c.DoctorName),
        DoctorPhone = Text(r, "contact/doctor_phone", c.DoctorPhone),
    };

    private static StudentAddress? Address(StudentRecord r, string kind, StudentAddress? current)
    {
        var prefix = $"addresses/{kind}/";
        if (!r.HasAny(prefix))
        {
            return current;
        }

        // The validator let through only a whole block, or a block given all blank (which clears it).
        return r.Value(prefix + "street") is { } street
            ? new StudentAddress(street, r.Value(prefix + "city")!, r.Value(prefix + "state_province")!, r.Value(prefix + "postal_code")!, r.Value(prefix + "grid_location"))
            : null;
    }

    private static string? Text(StudentRecord r, string path, string? current) => r.Has(path) ? r.Value(path) : current;

    private static DateOnly? Date(StudentRecord r, string path, DateOnly? current) => r.Has(path) ? StudentValues.Date(r.Value(path)) : current;

    private static int? Int(StudentRecord r, string path, int? current) => r.Has(path) ? StudentValues.Int(r.Value(path)) : current;
}
