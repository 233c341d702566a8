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
        var gradeLevel = NewStudentGrade(context);
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
        var nextGrade = NearestServedGrade(context, Math.Min(enrolled.GradeLevel + 1, 12));
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

    // Only grades some school serves: a child in a grade no school teaches (pre-K when every school starts at K)
    // would name a school whose grade range excludes them, and the SIS would refuse the enrollment.
    private static int NewStudentGrade(GenerationContext context)
    {
        int[] served = [.. context.Schools
            .SelectMany(school => Enumerable.Range(school.LowGrade, Math.Max(0, school.HighGrade - school.LowGrade + 1)))
            .Distinct().Order()];
        return served.Length == 0 ? context.Faker.Random.Int(-1, 12) : context.Faker.PickRandom(served);
    }

    // A returning student whose next grade no school teaches stays in the nearest grade one does (the lower on a tie).
    private static int NearestServedGrade(GenerationContext context, int wanted) =>
        context.Schools.Count == 0 || context.Schools.Any(school => Serves(school, wanted))
            ? wanted
            : context.Schools
                .SelectMany(school => new[] { school.LowGrade, school.HighGrade })
                .OrderBy(grade => Math.Abs(grade - wanted)).ThenBy(grade => grade)
                .First();

    private static DirectorySchool? SchoolFor(GenerationContext context, int gradeLevel, int? preferredSchoolNumber)
    {
        var serving = context.Schools.Where(school => Serves(school, gradeLevel)).ToList();
        if (serving.Count == 0)
        {
            return null;
        }

        return serving.FirstOrDefault(school => school.SchoolNumber == preferredSchoolNumber) ?? context.Faker.PickRandom(serving);
    }

    private static bool Serves(DirectorySchool school, int gradeLevel) => school.LowGrade <= gradeLevel && gradeLevel <= school.HighGrade;
}
