using System.Globalization;
using PowerSchool.Client.Sis;
using PowerSchool.Client.Sis.Students;
using PsFunctions.Testing;

namespace PowerSchool.Client.Tests.Sis.Students;

/// <summary>The contact, initial_enrollment and schedule_setup fields over real HTTP: written by path, refused, read back typed.</summary>
public sealed class StudentContactWriteTests(SimulatorFixture simulator) : IClassFixture<SimulatorFixture>
{
    private static readonly Dictionary<string, string> ContactFields = new()
    {
        ["contact.emergency_contact_name1"] = "Marisol Quintero", ["contact.emergency_phone1"] = "217-555-0143",
        ["contact.emergency_contact_name2"] = "Tomas Quintero", ["contact.emergency_phone2"] = "217-555-0188",
        ["contact.guardian_email"] = "marisol.q@family.example", ["contact.guardian_fax"] = "217-555-0190",
        ["contact.mother"] = "Marisol Quintero", ["contact.father"] = "Tomas Quintero",
        ["contact.doctor_name"] = "Dr. Aiyana Brightwater", ["contact.doctor_phone"] = "217-555-0101",
    };

    private static readonly StudentContact Contact = new()
    {
        EmergencyContactName1 = "Marisol Quintero", EmergencyPhone1 = "217-555-0143",
        EmergencyContactName2 = "Tomas Quintero", EmergencyPhone2 = "217-555-0188",
        GuardianEmail = "marisol.q@family.example", GuardianFax = "217-555-0190",
        Mother = "Marisol Quintero", Father = "Tomas Quintero",
        DoctorName = "Dr. Aiyana Brightwater", DoctorPhone = "217-555-0101",
    };

    private static readonly SisReadOptions AllParts = new()
    {
        Expansions = ["contact", "initial_enrollment", "schedule_setup", "school_enrollment"],
    };

    [Fact]
    public async Task Inserted_contact_initial_enrollment_and_schedule_setup_read_back_unchanged()
    {
        await using var clients = ClientHarness.Create(simulator.Host);
        var school = await StudentBuilder.FirstSchoolAsync(clients.Sis);
        var insert = StudentBuilder.Insert("Quintero", "q1", school.SchoolNumber!.Value, school.LowGrade!.Value)
            .With(ContactFields)
            .With(new Dictionary<string, string>
            {
                ["initial_enrollment.district_entry_date"] = "2022-08-22", ["initial_enrollment.district_entry_grade_level"] = "0",
                ["initial_enrollment.school_entry_date"] = "2024-08-19", ["initial_enrollment.school_entry_grade_level"] = "2",
                ["schedule_setup.home_room"] = "Room 12B",
                ["schedule_setup.next_school"] = school.SchoolNumber.Value.ToString(CultureInfo.InvariantCulture),
                ["schedule_setup.sched_next_year_grade"] = "0",
                ["school_enrollment.entry_comment"] = "Moved from out of state",
                ["school_enrollment.full_time_equivalency.fteid"] = "1",
            });

        var outcome = Assert.Single(await clients.Sis.WriteStudentsAsync([insert]));
        Assert.Equal(StudentWriteStatus.Succeeded, outcome.Status);

        var stored = await clients.Sis.GetStudentAsync(outcome.Dcid!.Value, AllParts);
        Assert.Equal(Contact, stored!.Contact);
        Assert.Equal(new StudentInitialEnrollment
        {
            DistrictEntryDate = new DateOnly(2022, 8, 22), DistrictEntryGradeLevel = 0,
            SchoolEntryDate = new DateOnly(2024, 8, 19), SchoolEntryGradeLevel = 2,
        }, stored.InitialEnrollment);
        Assert.Equal(new StudentScheduleSetup { HomeRoom = "Room 12B", NextSchool = school.SchoolNumber, SchedNextYearGrade = 0 }, stored.ScheduleSetup);
        Assert.Equal("Moved from out of state", stored.SchoolEnrollment!.EntryComment);
        Assert.Equal(1, stored.SchoolEnrollment.FullTimeEquivalency!.Fteid);
    }

    [Fact]
    public async Task Update_changes_the_guardian_email_and_keeps_the_other_contact_fields()
    {
        await using var clients = ClientHarness.Create(simulator.Host);
        var school = await StudentBuilder.FirstSchoolAsync(clients.Sis);
        var insert = StudentBuilder.Insert("Quintero", "q2", school.SchoolNumber!.Value, school.LowGrade!.Value).With(ContactFields);
        var dcid = Assert.Single(await clients.Sis.WriteStudentsAsync([insert])).Dcid!.Value;
        var update = StudentBuilder.Update(dcid, new Dictionary<string, string> { ["contact.guardian_email"] = "tomas.q@family.example" });

        Assert.Equal(StudentWriteStatus.Succeeded, Assert.Single(await clients.Sis.WriteStudentsAsync([update])).Status);

        var stored = await clients.Sis.GetStudentAsync(dcid, AllParts);
        Assert.Equal(Contact with { GuardianEmail = "tomas.q@family.example" }, stored!.Contact);
    }

    [Fact]
    public async Task Emergency_contact_name_without_its_phone_is_refused_naming_the_missing_field()
    {
        await using var clients = ClientHarness.Create(simulator.Host);
        var school = await StudentBuilder.FirstSchoolAsync(clients.Sis);
        var insert = StudentBuilder.Insert("Quintero", "q3", school.SchoolNumber!.Value, school.LowGrade!.Value)
            .With(new Dictionary<string, string> { ["contact.emergency_contact_name1"] = "Marisol Quintero" });

        var outcome = Assert.Single(await clients.Sis.WriteStudentsAsync([insert]));

        Assert.Equal(StudentWriteStatus.Failed, outcome.Status);
        var error = Assert.Single(outcome.Errors);
        Assert.Equal(("student/contact/emergency_phone1", "INCOMPLETE_CONTACT"), (error.Field, error.Code));
    }
}
