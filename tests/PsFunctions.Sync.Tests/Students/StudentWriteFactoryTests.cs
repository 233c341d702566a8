using PowerSchool.Client.Sis.Students;
using PsFunctions.Sync.Mapping;
using PsFunctions.Sync.Students;

namespace PsFunctions.Sync.Tests.Students;

/// <summary>Every SIS field a mapping may target has a place in the client's student write.</summary>
public sealed class StudentWriteFactoryTests
{
    [Fact]
    public void Every_writable_sis_field_is_sent_and_none_is_reported_as_not_sent()
    {
        var fields = SisStudentFields.All.ToDictionary(field => field.Path, SampleValue, StringComparer.Ordinal);

        Assert.Empty(StudentWriteFactory.Unsupported(fields));
    }

    [Fact]
    public void A_target_the_client_does_not_know_is_still_reported_as_not_sent()
    {
        var fields = new Dictionary<string, string>(StringComparer.Ordinal) { ["name.last_name"] = "Quintero", ["fees.balance"] = "12" };

        Assert.Equal(["fees.balance"], StudentWriteFactory.Unsupported(fields));
    }

    [Fact]
    public void Contact_initial_enrollment_schedule_setup_and_fte_fields_land_in_their_parts()
    {
        var fields = SisStudentFields.All.ToDictionary(field => field.Path, SampleValue, StringComparer.Ordinal);

        var write = StudentWriteFactory.Create(StudentWriteAction.Insert, null, "sub-1", fields);

        Assert.Equal(new StudentContact
        {
            EmergencyContactName1 = "contact.emergency_contact_name1", EmergencyPhone1 = "contact.emergency_phone1",
            EmergencyContactName2 = "contact.emergency_contact_name2", EmergencyPhone2 = "contact.emergency_phone2",
            GuardianEmail = "g@family.example", GuardianFax = "contact.guardian_fax", Mother = "contact.mother",
            Father = "contact.father", DoctorName = "contact.doctor_name", DoctorPhone = "contact.doctor_phone",
        }, write.Contact);
        Assert.Equal(new StudentInitialEnrollment
        {
            DistrictEntryDate = new DateOnly(2026, 8, 20), DistrictEntryGradeLevel = 7,
            SchoolEntryDate = new DateOnly(2026, 8, 20), SchoolEntryGradeLevel = 7,
        }, write.InitialEnrollment);
        Assert.Equal(new StudentScheduleSetup { HomeRoom = "schedule_setup.home_room", NextSchool = 7, SchedNextYearGrade = 7 }, write.ScheduleSetup);
        Assert.Equal(7, write.SchoolEnrollment!.FullTimeEquivalency!.Fteid);
        Assert.Equal("school_enrollment.entry_comment", write.SchoolEnrollment.EntryComment);
        Assert.Equal("school_enrollment.exit_comment", write.SchoolEnrollment.ExitComment);
    }

    [Fact]
    public void Parts_without_any_value_are_left_out_of_the_write()
    {
        var fields = new Dictionary<string, string>(StringComparer.Ordinal) { ["name.last_name"] = "Quintero", ["contact.mother"] = "" };

        var write = StudentWriteFactory.Create(StudentWriteAction.Update, 10001, "sub-2", fields);

        Assert.Null(write.Contact);
        Assert.Null(write.InitialEnrollment);
        Assert.Null(write.ScheduleSetup);
    }

    // A value each field's format accepts; text fields carry their own path so a swapped field shows.
    private static string SampleValue(SisStudentField field) => field.Format switch
    {
        SisFieldFormat.Date => "2026-08-20",
        SisFieldFormat.Email => "g@family.example",
        SisFieldFormat.Text => field.Path,
        SisFieldFormat.Gender => "F",
        SisFieldFormat.EnrollStatus => "A",
        SisFieldFormat.Track => "A",
        _ => "7",
    };
}
