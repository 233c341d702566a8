using PowerSchool.Simulator.District;

namespace PowerSchool.Simulator.Sis.PowerQueries;

/// <summary>
/// The columns of <see cref="PluginStudentQuery"/> beyond identity, demographics and enrollment: the <c>Students</c>
/// columns of addresses, home phone, contact names and phones, initial enrollment and schedule setup, and their values.
/// </summary>
internal static class PluginStudentBlocks
{
    public static IReadOnlyList<QueryField> Reads { get; } =
    [
        .. AddressReads(string.Empty), .. AddressReads("mailing_"),
        Text("home_phone"), Text("emerg_contact_1"), Text("emerg_phone_1"), Text("emerg_contact_2"), Text("emerg_phone_2"),
        Text("guardianemail"), Text("guardianfax"), Text("mother"), Text("father"), Text("doctor_name"), Text("doctor_phone"),
        Number("districtentrygradelevel"), Text("schoolentrydate"), Number("schoolentrygradelevel"),
        Text("home_room"), Number("next_school"), Number("sched_nextyeargrade"),
    ];

    /// <summary>The student's values of <see cref="Reads"/>, null where the column is empty.</summary>
    public static IEnumerable<KeyValuePair<string, string?>> Values(SisStudent s)
    {
        var c = s.Contact;
        return
        [
            .. Address(string.Empty, s.PhysicalAddress), .. Address("mailing_", s.MailingAddress),
            new("home_phone", s.HomePhone), new("emerg_contact_1", c.EmergencyContactName1), new("emerg_phone_1", c.EmergencyPhone1),
            new("emerg_contact_2", c.EmergencyContactName2), new("emerg_phone_2", c.EmergencyPhone2), new("guardianemail", c.GuardianEmail),
            new("guardianfax", c.GuardianFax), new("mother", c.Mother), new("father", c.Father), new("doctor_name", c.DoctorName),
            new("doctor_phone", c.DoctorPhone), new("districtentrygradelevel", Text(s.DistrictEntryGradeLevel)),
            new("schoolentrydate", s.SchoolEntryDate is { } entered ? QueryValues.Text(entered) : null),
            new("schoolentrygradelevel", Text(s.SchoolEntryGradeLevel)), new("home_room", s.HomeRoom), new("next_school", Text(s.NextSchool)),
            new("sched_nextyeargrade", Text(s.SchedNextYearGrade)),
        ];
    }

    private static QueryField[] AddressReads(string prefix) =>
        [Text($"{prefix}street"), Text($"{prefix}city"), Text($"{prefix}state"), Text($"{prefix}zip"), Text($"{prefix}geocode")];

    private static KeyValuePair<string, string?>[] Address(string prefix, StudentAddress? address) =>
    [
        new($"{prefix}street", address?.Street), new($"{prefix}city", address?.City), new($"{prefix}state", address?.StateProvince),
        new($"{prefix}zip", address?.PostalCode), new($"{prefix}geocode", address?.GridLocation),
    ];

    private static QueryField Text(string field) => new("students", field);

    private static QueryField Number(string field) => new("students", field, IsNumber: true);

    private static string? Text(int? value) => value is { } v ? QueryValues.Text(v) : null;
}
