using Bogus;

namespace PowerSchool.Simulator.District;

/// <summary>
/// Generates a deterministic district with Bogus: the same <see cref="DistrictOptions"/> (seed and sizes)
/// always give the same schools, courses, sections, students, guardians and course enrolments.
/// </summary>
public static class DistrictGenerator
{
    private const long FirstStudentNumber = 200_001;

    public static DistrictData Generate(DistrictOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var faker = new Faker("en") { Random = new Randomizer(options.Seed) };
        var schools = Enumerable.Range(0, options.Schools).Select(i => School(faker, i)).ToList();
        var courses = schools.SelectMany((school, i) => Courses(school, i)).ToList();
        var yearTermId = (options.SchoolYearStart.Year - 1990) * 100L;
        var sections = courses.SelectMany((course, i) => Sections(faker, course, i * 2, yearTermId)).ToList();
        var students = new List<SisStudent>(options.Students);
        var guardians = new List<SisGuardian>(options.Students * 2);
        var enrollments = new List<SisCourseEnrollment>(options.Students * 3);
        var sectionsBySchool = sections.GroupBy(s => s.SchoolDcid).ToDictionary(g => g.Key, g => g.ToArray());
        var year = new SchoolYear(options.SchoolYearStart);
        var random = new Random(options.Seed);
        var pool = new NamePool(faker);
        var studentFactory = new StudentFactory(random, pool, year);
        var guardianFactory = new GuardianFactory(random, pool, studentFactory);
        var dcid = 0L;
        for (var i = 0; i < options.Students; i++)
        {
            var school = schools[random.Next(schools.Count)];
            dcid = i == 0 ? 1 : StudentIds.NextDcid(dcid, i, random);
            var student = studentFactory.Create(school, dcid, FirstStudentNumber + i);
            students.Add(student);
            guardianFactory.AddGuardians(student, guardians);
            AddCourseEnrollments(random, student, school, sectionsBySchool, year, enrollments);
        }

        var (numbered, numberedEnrollments) = StudentIds.Assign(students, schools, enrollments);
        return new DistrictData
        {
            District = District(faker),
            Schools = schools,
            Terms = [.. schools.SelectMany((school, i) => Terms(school, i, year))],
            Courses = courses,
            Sections = sections,
            Students = numbered,
            Guardians = guardians,
            CourseEnrollments = numberedEnrollments,
        };
    }

    private static SisDistrict District(Faker faker)
    {
        var town = faker.Address.City();
        return new SisDistrict
        {
            Uuid = faker.Random.Guid().ToString("D"),
            Name = $"{town} Unified School District",
            DistrictNumber = faker.Random.Replace("####"),
            Street = faker.Address.StreetAddress(),
            City = town,
            State = faker.Address.StateAbbr(),
            Zip = faker.Address.ZipCode("#####"),
            Phone = faker.Phone.PhoneNumber("###-###-####"),
        };
    }

    // A year term and its two semesters per school, numbered as PowerSchool numbers them (year ID * 100 + n).
    private static IEnumerable<SisTerm> Terms(SisSchool school, int schoolIndex, SchoolYear year)
    {
        var yearId = year.Start.Year - 1990;
        var middle = new DateOnly(year.Start.Year + 1, 1, 15);
        (string Name, string Abbreviation, DateOnly First, DateOnly Last)[] terms =
        [
            ($"{year.Start.Year}-{year.Start.Year + 1 - 2000:00}", $"{year.Start.Year - 2000:00}-{year.Start.Year + 1 - 2000:00}", year.Start, year.End),
            ("Semester 1", "S1", year.Start, middle.AddDays(-1)),
            ("Semester 2", "S2", middle, year.End),
        ];
        for (var t = 0; t < terms.Length; t++)
        {
            yield return new SisTerm((schoolIndex * terms.Length) + t + 1, (yearId * 100) + t, school.Dcid, school.SchoolNumber, terms[t].Name, terms[t].Abbreviation,
                terms[t].First, terms[t].Last, yearId, t == 0 ? 1 : 2, t == 0);
        }
    }

    private static SisSchool School(Faker faker, int index)
    {
        var (kind, low, high) = (index % 3) switch
        {
            0 => ("Elementary School", 0, 5),
            1 => ("Middle School", 6, 8),
            _ => ("High School", 9, 12),
        };
        var town = faker.Address.City();
        return new SisSchool
        {
            Dcid = index + 1,
            Id = index + 1,
            SchoolNumber = (index + 1) * 100,
            Name = $"{town} {kind}",
            Abbreviation = $"{town[..Math.Min(3, town.Length)].ToUpperInvariant()}{kind[0]}{index + 1}",
            LowGrade = low,
            HighGrade = high,
            StateProvinceId = faker.Random.Replace("SCH-####"),
            Street = faker.Address.StreetAddress(),
            City = town,
            State = faker.Address.StateAbbr(),
            Zip = faker.Address.ZipCode("#####"),
            Phone = faker.Phone.PhoneNumber("###-###-####"),
            PrincipalName = faker.Name.FullName(),
            PrincipalEmail = faker.Internet.Email(provider: "district.example"),
        };
    }

    private static IEnumerable<SisCourse> Courses(SisSchool school, int schoolIndex)
    {
        string[] subjects = ["Mathematics", "English Language Arts", "Science", "Social Studies", "Art", "Music", "Physical Education", "World Languages"];
        for (var c = 0; c < subjects.Length; c++)
        {
            var dcid = 1_001 + (schoolIndex * subjects.Length) + c;
            yield return new SisCourse(dcid, dcid, school.Dcid, $"{subjects[c][..3].ToUpperInvariant()}{school.SchoolNumber + c}", $"{subjects[c]} ({school.Abbreviation})");
        }
    }

    private static IEnumerable<SisSection> Sections(Faker faker, SisCourse course, int firstIndex, long yearTermId)
    {
        for (var s = 0; s < 2; s++)
        {
            var dcid = 5_001 + firstIndex + s;
            yield return new SisSection(dcid, dcid, course.Dcid, course.SchoolDcid, course.CourseNumber, (s + 1).ToString(System.Globalization.CultureInfo.InvariantCulture),
                $"{faker.Random.Int(1, 7)}(A)", 9_001 + faker.Random.Int(0, 199), yearTermId);
        }
    }

    private static void AddCourseEnrollments(Random random, SisStudent student, SisSchool school, Dictionary<long, SisSection[]> sectionsBySchool, SchoolYear year, List<SisCourseEnrollment> into)
    {
        if (student.Enrollment.EnrollStatusCode != 0 || !sectionsBySchool.TryGetValue(school.Dcid, out var sections))
        {
            return;
        }

        var first = random.Next(sections.Length);
        foreach (var section in Enumerable.Range(0, Math.Min(3, sections.Length)).Select(k => sections[(first + (k * 5)) % sections.Length]).Distinct())
        {
            var id = into.Count + 1;
            into.Add(new SisCourseEnrollment(id, id, student.Dcid, student.Id, section.Dcid, section.Id, school.Dcid, section.CourseNumber, section.SectionNumber,
                year.Start, year.End, section.TermId));
        }
    }
}
