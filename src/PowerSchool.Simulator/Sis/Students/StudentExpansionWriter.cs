using System.Text.Json;
using PowerSchool.Simulator.District;

namespace PowerSchool.Simulator.Sis.Students;

/// <summary>Writes the expansion blocks of a v1 student (demographics, addresses, school_enrollment, ...).</summary>
internal static class StudentExpansionWriter
{
    public static void Write(Utf8JsonWriter w, string expansion, SisStudent s, DistrictState state)
    {
        w.WriteStartObject(expansion);
        switch (expansion)
        {
            case "demographics":
                w.WriteIfSet("birth_date", s.DateOfBirth);
                w.WriteIfSet("district_entry_date", s.DistrictEntryDate);
                w.WriteIfSet("gender", s.Gender);
                w.WriteIfSet("projected_graduation_year", s.ProjectedGraduationYear);
                break;
            case "addresses":
                Address(w, "physical", s.PhysicalAddress);
                Address(w, "mailing", s.MailingAddress);
                break;
            case "phones":
                if (s.HomePhone is not null)
                {
                    w.WriteStartObject("main");
                    w.WriteString("number", s.HomePhone);
                    w.WriteEndObject();
                }

                break;
            case "school_enrollment":
                SchoolEnrollment(w, s, state);
                break;
            case "contact":
                Contact(w, s.Contact);
                break;
            case "contact_info":
                w.WriteIfSet("email", s.Email);
                break;
            default:
                Other(w, expansion, s);
                break;
        }

        w.WriteEndObject();
    }

    private static void Other(Utf8JsonWriter w, string expansion, SisStudent s)
    {
        switch (expansion)
        {
            case "initial_enrollment":
                w.WriteIfSet("district_entry_date", s.DistrictEntryDate);
                w.WriteIfSet("district_entry_grade_level", s.DistrictEntryGradeLevel);
                w.WriteIfSet("school_entry_date", s.SchoolEntryDate);
                w.WriteIfSet("school_entry_grade_level", s.SchoolEntryGradeLevel);
                break;
            case "schedule_setup":
                w.WriteIfSet("home_room", s.HomeRoom);
                w.WriteIfSet("next_school", s.NextSchool);
                w.WriteIfSet("sched_next_year_grade", s.SchedNextYearGrade);
                break;
            case "ethnicity_race":
                w.WriteIfSet("federal_ethnicity", s.FederalEthnicity);
                break;
            case "lunch":
                w.WriteString("balance_1", "0.00");
                w.WriteNumber("lunch_id", s.StudentNumber);
                break;
        }
    }

    private static void SchoolEnrollment(Utf8JsonWriter w, SisStudent s, DistrictState state)
    {
        var e = s.Enrollment;
        w.WriteString("enroll_status", EnrollStatus.Letter(e.EnrollStatusCode));
        w.WriteString("enroll_status_description", EnrollStatus.Description(e.EnrollStatusCode));
        w.WriteNumber("enroll_status_code", e.EnrollStatusCode);
        w.WriteNumber("grade_level", e.GradeLevel);
        w.WriteIfSet("entry_date", e.EntryDate);
        w.WriteIfSet("exit_date", e.ExitDate);
        w.WriteNumber("school_number", e.SchoolNumber);
        w.WriteIfSet("school_id", state.SchoolsByNumber.TryGetValue(e.SchoolNumber, out var school) ? school.Dcid : null);
        w.WriteIfSet("entry_code", e.EntryCode);
        w.WriteIfSet("entry_comment", e.EntryComment);
        w.WriteIfSet("exit_code", e.ExitCode);
        w.WriteIfSet("exit_comment", e.ExitComment);
        w.WriteIfSet("district_of_residence", e.DistrictOfResidence);
        w.WriteIfSet("track", e.Track);
        if (e.FteId is { } fte)
        {
            w.WriteStartObject("full_time_equivalency");
            w.WriteNumber("fteid", fte);
            w.WriteEndObject();
        }
    }

    private static void Address(Utf8JsonWriter w, string kind, StudentAddress? address)
    {
        if (address is null)
        {
            return;
        }

        w.WriteStartObject(kind);
        w.WriteString("street", address.Street);
        w.WriteString("city", address.City);
        w.WriteString("state_province", address.StateProvince);
        w.WriteString("postal_code", address.PostalCode);
        w.WriteIfSet("grid_location", address.GridLocation);
        w.WriteEndObject();
    }

    private static void Contact(Utf8JsonWriter w, StudentContact c)
    {
        w.WriteIfSet("emergency_contact_name1", c.EmergencyContactName1);
        w.WriteIfSet("emergency_phone1", c.EmergencyPhone1);
        w.WriteIfSet("emergency_contact_name2", c.EmergencyContactName2);
        w.WriteIfSet("emergency_phone2", c.EmergencyPhone2);
        w.WriteIfSet("guardian_email", c.GuardianEmail);
        w.WriteIfSet("guardian_fax", c.GuardianFax);
        w.WriteIfSet("mother", c.Mother);
        w.WriteIfSet("father", c.Father);
        w.WriteIfSet("doctor_name", c.DoctorName);
        w.WriteIfSet("doctor_phone", c.DoctorPhone);
    }
}
