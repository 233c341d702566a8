using System.Globalization;

namespace PowerSchool.Simulator.District;

/// <summary>Makes one generated student: names (some with non-ASCII letters, apostrophes, hyphens), enrolment, address, contact.</summary>
internal sealed class StudentFactory(Random random, NamePool pool, SchoolYear year)
{
    public SisStudent Create(SisSchool school, long dcid, long studentNumber)
    {
        var male = random.Next(2) == 0;
        var first = Chance(0.15) ? Pick(NameStock.FirstNames) : Pick(male ? pool.Male : pool.Female);
        var last = Chance(0.2) ? Pick(NameStock.LastNames) : Pick(pool.Last);
        var grade = random.Next(school.LowGrade, school.HighGrade + 1);
        var address = new StudentAddress(Pick(pool.Streets), Pick(pool.Cities), Pick(pool.States), Digits(5));
        return new SisStudent
        {
            Dcid = dcid,
            Id = 0, // assigned once the district is complete (StudentIds)
            StudentNumber = studentNumber,
            StateStudentNumber = Chance(0.9) ? Digits(10) : null,
            StudentWebId = Username(first, last, studentNumber),
            FirstName = first,
            MiddleName = Chance(0.5) ? Pick(male ? pool.Male : pool.Female) : null,
            LastName = last,
            Gender = male ? "M" : "F",
            DateOfBirth = new DateOnly(year.Start.Year - grade - 6, random.Next(1, 13), random.Next(1, 29)),
            DistrictEntryDate = year.Start.AddYears(-random.Next(0, grade + 1)),
            ProjectedGraduationYear = year.Start.Year + 13 - grade,
            Enrollment = new StudentEnrollment
            {
                EnrollStatusCode = EnrollStatus(),
                GradeLevel = grade,
                SchoolNumber = school.SchoolNumber,
                EntryDate = year.Start,
                ExitDate = year.End,
            },
            PhysicalAddress = address,
            MailingAddress = Chance(0.8) ? address : null,
            HomePhone = Phone(),
            Contact = new StudentContact
            {
                EmergencyContactName1 = $"{Pick(pool.Female)} {Pick(pool.Last)}",
                EmergencyPhone1 = Phone(),
                Mother = $"{Pick(pool.Female)} {last}",
                GuardianEmail = $"{Ascii(last)}{random.Next(1000)}@family.example",
            },
            Email = $"{Ascii(first)}.{Ascii(last)}{studentNumber % 1000}@students.example",
            HomeRoom = $"R{random.Next(1, 40):00}",
            TransactionDate = year.StartInstant,
        };
    }

    public string Phone() => $"{random.Next(200, 1000)}-{random.Next(200, 1000)}-{random.Next(0, 10_000):0000}";

    public string Pick(string[] values) => values[random.Next(values.Length)];

    public bool Chance(double probability) => random.NextDouble() < probability;

    private int EnrollStatus() => random.NextDouble() switch
    {
        < 0.85 => 0,
        < 0.90 => -1,
        < 0.94 => 2,
        < 0.97 => 1,
        _ => 3,
    };

    private string Digits(int count) => string.Create(count, random, static (span, r) =>
    {
        for (var i = 0; i < span.Length; i++)
        {
            span[i] = (char)('0' + r.Next(10));
        }
    });

    private static string Ascii(string name)
    {
        var letters = new string(name.Where(char.IsAsciiLetter).ToArray()).ToLowerInvariant();
        return letters.Length > 0 ? letters : "student";
    }

    private static string Username(string first, string last, long studentNumber)
    {
        var name = $"{Ascii(first)[0]}{Ascii(last)}{(studentNumber % 10_000).ToString(CultureInfo.InvariantCulture)}";
        return name.Length <= 20 ? name : name[^20..];
    }
}
