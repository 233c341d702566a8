using Bogus;
using Bogus.DataSets;

namespace PowerSchool.Simulator.District;

/// <summary>Makes one generated student: names (some with non-ASCII letters, apostrophes, hyphens), enrolment, address, contact.</summary>
internal static class StudentFactory
{
    public static SisStudent Create(Faker faker, SisSchool school, long dcid, long studentNumber, SchoolYear year)
    {
        var gender = faker.PickRandom<Name.Gender>();
        var first = faker.Random.Bool(0.15f) ? faker.PickRandom(NameStock.FirstNames) : faker.Name.FirstName(gender);
        var last = faker.Random.Bool(0.2f) ? faker.PickRandom(NameStock.LastNames) : faker.Name.LastName();
        var grade = faker.Random.Int(school.LowGrade, school.HighGrade);
        var birthYear = year.Start.Year - grade - 6;
        var address = new StudentAddress(faker.Address.StreetAddress(), faker.Address.City(), faker.Address.StateAbbr(), faker.Address.ZipCode("#####"));
        var phone = faker.Phone.PhoneNumber("###-###-####");
        return new SisStudent
        {
            Dcid = dcid,
            Id = dcid - 10_000,
            StudentNumber = studentNumber,
            StateStudentNumber = faker.Random.Bool(0.9f) ? faker.Random.Replace("##########") : null,
            StudentWebId = Username(first, last, studentNumber),
            FirstName = first,
            MiddleName = faker.Random.Bool(0.5f) ? faker.Name.FirstName(gender) : null,
            LastName = last,
            Gender = gender == Name.Gender.Male ? "M" : "F",
            DateOfBirth = new DateOnly(birthYear, faker.Random.Int(1, 12), faker.Random.Int(1, 28)),
            DistrictEntryDate = year.Start.AddYears(-faker.Random.Int(0, grade)),
            ProjectedGraduationYear = year.Start.Year + 13 - grade,
            Enrollment = new StudentEnrollment
            {
                EnrollStatusCode = EnrollStatus(faker),
                GradeLevel = grade,
                SchoolNumber = school.SchoolNumber,
                EntryDate = year.Start,
                ExitDate = year.End,
            },
            PhysicalAddress = address,
            MailingAddress = faker.Random.Bool(0.8f) ? address : null,
            HomePhone = phone,
            Contact = new StudentContact
            {
                EmergencyContactName1 = faker.Name.FullName(),
                EmergencyPhone1 = faker.Phone.PhoneNumber("###-###-####"),
                Mother = faker.Name.FullName(Name.Gender.Female),
                GuardianEmail = faker.Internet.Email(provider: "family.example"),
            },
            Email = faker.Internet.Email(first, last, "students.example"),
            HomeRoom = faker.Random.Replace("R##"),
            TransactionDate = year.StartInstant,
        };
    }

    private static int EnrollStatus(Faker faker)
    {
        var roll = faker.Random.Double();
        return roll switch
        {
            < 0.85 => 0,
            < 0.90 => -1,
            < 0.94 => 2,
            < 0.97 => 1,
            _ => 3,
        };
    }

    private static string Username(string first, string last, long studentNumber)
    {
        var letters = new string($"{first[0]}{last}".Where(char.IsAsciiLetter).ToArray()).ToLowerInvariant();
        var name = $"{letters}{studentNumber % 10_000}";
        return name.Length <= 20 ? name : name[^20..];
    }
}
