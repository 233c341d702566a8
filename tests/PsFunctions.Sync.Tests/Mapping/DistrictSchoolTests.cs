using PowerSchool.Client.Sis.Schools;
using PsFunctions.Sync.Mapping;

namespace PsFunctions.Sync.Tests.Mapping;

public sealed class DistrictSchoolTests
{
    [Fact]
    public void School_from_the_SIS_client_keeps_number_name_and_grade_range() =>
        Assert.Equal(
            new DistrictSchool(100, "Cedar Park Elementary", string.Empty, -1, 5),
            DistrictSchool.From(new SisSchool { Id = 7, SchoolNumber = 100, Name = "Cedar Park Elementary", LowGrade = -1, HighGrade = 5 }));

    [Fact]
    public void School_without_a_number_or_name_is_not_a_lookup_entry()
    {
        Assert.Null(DistrictSchool.From(new SisSchool { Id = 7, Name = "Cedar Park Elementary" }));
        Assert.Null(DistrictSchool.From(new SisSchool { Id = 7, SchoolNumber = 100, Name = " " }));
    }
}
