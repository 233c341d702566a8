using System.Globalization;
using Bogus;
using PowerSchool.Simulator.District;
using PowerSchool.Simulator.Enrollment.Submissions;
using Gender = Bogus.DataSets.Name.Gender;

namespace PowerSchool.Simulator.Enrollment.Generation;

/// <summary>Generates the family's answers: the student (new or returning), the address and two guardians.</summary>
internal static class FamilyDataFactory
{
    public static SubmissionData NewStudent(GenerationContext context)
    {
        var faker = context.Faker;
        var gender = faker.PickRandom<Gender>();
        var gradeLevel = faker.Random.Int(-1, 12);
        var lastName = NamePool.LastName(faker);
        var birthYear = context.SchoolYearStart - gradeLevel - 6;
        var birthDate = new DateOnly(birthYear, 1, 1).AddDays(faker.Random.Int(0, 364) - 120);
        var school = SchoolFor(context, gradeLevel, preferredSchoolNumber: null);
        var student = new StudentData
        {
            FirstName = NamePool.FirstName(faker, gender),
            MiddleName = faker.Random.Bool(0.5f) ? faker.Name.FirstName(gender) : "",
            LastName = lastName,
            BirthDate = Format(birthDate),
            Gender = gender == Gender.Female ? "F" : "M",
            Grade = GradeNames.ForLevel(gradeLevel),
            School = school?.Name ?? "",
            SchoolNumber = school?.SchoolNumber.ToString(CultureInfo.InvariantCulture) ?? "",
        };
        return WithFamily(context, student, lastName);
    }

    public static SubmissionData Returning(GenerationContext context, DirectoryStudent enrolled)
    {
        var nextGrade = Math.Min(enrolled.GradeLevel + 1, 12);
        var school = SchoolFor(context, nextGrade, enrolled.SchoolNumber);
        var student = new StudentData
        {
            StudentID = enrolled.StudentNumber,
            StateID = enrolled.StateStudentNumber ?? "",
            FirstName = enrolled.FirstName,
            MiddleName = "",
            LastName = enrolled.LastName,
            BirthDate = Format(enrolled.DateOfBirth),
            Gender = context.Faker.PickRandom("F", "M"),
            Grade = GradeNames.ForLevel(nextGrade),
            School = school?.Name ?? "",
            SchoolNumber = school?.SchoolNumber.ToString(CultureInfo.InvariantCulture) ?? "",
        };
        return WithFamily(context, student, enrolled.LastName);
    }

    public static string Format(DateOnly date) => date.ToString("MM/dd/yyyy", CultureInfo.InvariantCulture);

    private static SubmissionData WithFamily(GenerationContext context, StudentData student, string familyName)
    {
        var faker = context.Faker;
        var address = new AddressData(faker.Address.StreetAddress(), faker.Address.City(), faker.Address.StateAbbr(), faker.Address.ZipCode("#####"));
        var phone = faker.Phone.PhoneNumber("###-###-####");
        return new SubmissionData
        {
            Student = student,
            Address = address,
            Parent1 = Guardian(faker, student.StudentID, "Mother", Gender.Female, familyName, phone),
            Parent2 = faker.Random.Bool(0.7f) ? Guardian(faker, student.StudentID, "Father", Gender.Male, familyName, phone) : null,
        };
    }

    private static GuardianData Guardian(Faker faker, string studentId, string relationship, Gender gender, string familyName, string homePhone)
    {
        var first = NamePool.FirstName(faker, gender);
        var last = faker.Random.Bool(0.8f) ? familyName : NamePool.LastName(faker);
        return new GuardianData
        {
            StudentID = studentId,
            Relationship = relationship,
            FirstName = first,
            LastName = last,
            HomePhone = homePhone,
            CellPhone = faker.Phone.PhoneNumber("###-###-####"),
            Email = $"{NamePool.EmailLocalPart(first, last)}@{faker.Internet.DomainName()}",
        };
    }

    private static DirectorySchool? SchoolFor(GenerationContext context, int gradeLevel, int? preferredSchoolNumber)
    {
        if (context.Schools.Count == 0)
        {
            return null;
        }

        // Pre-K families pick the elementary school even when the SIS school's low grade is K: the nearest range wins.
        var distance = context.Schools.Min(school => Distance(school, gradeLevel));
        var serving = context.Schools.Where(school => Distance(school, gradeLevel) == distance).ToList();
        return serving.FirstOrDefault(school => school.SchoolNumber == preferredSchoolNumber) ?? context.Faker.PickRandom(serving);
    }

    private static int Distance(DirectorySchool school, int gradeLevel) =>
        gradeLevel < school.LowGrade ? school.LowGrade - gradeLevel : gradeLevel > school.HighGrade ? gradeLevel - school.HighGrade : 0;
}
