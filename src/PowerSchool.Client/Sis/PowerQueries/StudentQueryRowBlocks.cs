using PowerSchool.Client.Sis.Students;
using static PowerSchool.Client.Sis.PowerQueries.StudentQueryValues;

namespace PowerSchool.Client.Sis.PowerQueries;

/// <summary>
/// The expansions of a student query row beyond identity, demographics and enrollment, as a GET asking for them returns
/// them: each expansion object is there (empty when the student has nothing in it), an address or phone only when one of
/// its columns has a value.
/// </summary>
internal static class StudentQueryRowBlocks
{
    public static SisAddresses Addresses(SisRecord row) => new()
    {
        Physical = Address(row, string.Empty, "geocode"),
        Mailing = Address(row, "mailing_", "mailing_geocode"),
    };

    public static SisPhones Phones(SisRecord row) =>
        new() { Main = Text(row, "home_phone") is { } number ? new SisPhone { Number = number } : null };

    public static StudentContact Contact(SisRecord row) => new()
    {
        EmergencyContactName1 = Text(row, "emerg_contact_1"),
        EmergencyPhone1 = Text(row, "emerg_phone_1"),
        EmergencyContactName2 = Text(row, "emerg_contact_2"),
        EmergencyPhone2 = Text(row, "emerg_phone_2"),
        GuardianEmail = Text(row, "guardianemail"),
        GuardianFax = Text(row, "guardianfax"),
        Mother = Text(row, "mother"),
        Father = Text(row, "father"),
        DoctorName = Text(row, "doctor_name"),
        DoctorPhone = Text(row, "doctor_phone"),
    };

    public static StudentInitialEnrollment InitialEnrollment(SisRecord row) => new()
    {
        DistrictEntryDate = Date(row, "districtentrydate"),
        DistrictEntryGradeLevel = Whole(row, "districtentrygradelevel"),
        SchoolEntryDate = Date(row, "schoolentrydate"),
        SchoolEntryGradeLevel = Whole(row, "schoolentrygradelevel"),
    };

    public static StudentScheduleSetup ScheduleSetup(SisRecord row) => new()
    {
        HomeRoom = Text(row, "home_room"),
        NextSchool = Number(row, "next_school"),
        SchedNextYearGrade = Whole(row, "sched_nextyeargrade"),
    };

    private static SisAddress? Address(SisRecord row, string prefix, string geocode)
    {
        var address = new SisAddress
        {
            Street = Text(row, $"{prefix}street"),
            City = Text(row, $"{prefix}city"),
            StateProvince = Text(row, $"{prefix}state"),
            PostalCode = Text(row, $"{prefix}zip"),
            GridLocation = Text(row, geocode),
        };
        return address == new SisAddress() ? null : address;
    }
}
