using PowerSchool.Client.Sis;
using PowerSchool.Client.Sis.Students;

namespace PowerSchool.Client.Tests.Sis.Students;

public sealed class SisStudentValuesTests
{
    [Fact]
    public void Values_are_keyed_by_write_path_in_the_form_a_write_carries()
    {
        var student = new SisStudent
        {
            Id = 17,
            LocalId = 100042,
            Name = new PersonName { LastName = "Okafor", FirstName = "Ada" },
            Demographics = new StudentDemographics { BirthDate = new DateOnly(2015, 4, 3) },
            SchoolEnrollment = new StudentSchoolEnrollment { SchoolNumber = 101, GradeLevel = 3 },
            Addresses = new SisAddresses { Physical = new SisAddress { Street = "1 Main St" } },
        };

        var values = SisStudentValues.Read(student);

        Assert.Equal("100042", values["local_id"]);
        Assert.Equal("Okafor", values["name.last_name"]);
        Assert.Equal("2015-04-03", values["demographics.birth_date"]);
        Assert.Equal("101", values["school_enrollment.school_number"]);
        Assert.Equal("3", values["school_enrollment.grade_level"]);
        Assert.Equal("1 Main St", values["addresses.physical.street"]);
    }

    [Fact]
    public void A_path_the_student_holds_nothing_at_is_absent()
    {
        var values = SisStudentValues.Read(new SisStudent { Id = 1, Name = new PersonName { LastName = "Okafor", FirstName = "" } });

        Assert.False(values.ContainsKey("name.first_name"));
        Assert.False(values.ContainsKey("addresses.physical.street"));
        Assert.All(values.Keys, path => Assert.NotNull(SisStudentFields.Find(path)));
    }

    [Fact]
    public void Expansions_cover_every_dotted_write_path_but_name()
    {
        Assert.Contains("school_enrollment", SisStudentFields.Expansions);
        Assert.Contains("addresses", SisStudentFields.Expansions);
        Assert.DoesNotContain("name", SisStudentFields.Expansions);
    }
}
