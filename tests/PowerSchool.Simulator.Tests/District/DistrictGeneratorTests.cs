using PowerSchool.Simulator.District;

namespace PowerSchool.Simulator.Tests.District;

public sealed class DistrictGeneratorTests
{
    [Fact]
    public void Same_seed_gives_the_same_district()
    {
        var options = new DistrictOptions { Students = 200, Seed = 7 };

        var first = DistrictGenerator.Generate(options);
        var second = DistrictGenerator.Generate(options);

        Assert.Equal(first.Students, second.Students);
        Assert.Equal(first.Guardians, second.Guardians);
        Assert.Equal(first.Schools, second.Schools);
    }

    [Fact]
    public void Names_include_non_ascii_letters_apostrophes_and_hyphens()
    {
        var district = DistrictGenerator.Generate(new DistrictOptions { Students = 2000 });
        var names = district.Students.SelectMany(s => new[] { s.FirstName, s.LastName }).ToList();

        Assert.Contains(names, n => n.Any(c => c > 127));
        Assert.Contains(names, n => n.Contains('\''));
        Assert.Contains(names, n => n.Contains('-'));
    }

    [Fact]
    public void Every_student_is_at_an_existing_school_in_its_grade_range_with_a_guardian()
    {
        var district = DistrictGenerator.Generate(new DistrictOptions { Students = 500 });
        var schools = district.Schools.ToDictionary(s => s.SchoolNumber);
        var withGuardians = district.Guardians.Select(g => g.StudentDcid).ToHashSet();

        Assert.All(district.Students, s =>
        {
            var school = schools[s.Enrollment.SchoolNumber];
            Assert.InRange(s.Enrollment.GradeLevel, school.LowGrade, school.HighGrade);
            Assert.Contains(s.Dcid, withGuardians);
        });
        Assert.Equal(500, district.Students.Select(s => s.StudentNumber).Distinct().Count());
    }

    [Fact]
    public void Dcids_and_ids_start_at_one_and_no_student_has_its_dcid_as_id()
    {
        var district = DistrictGenerator.Generate(new DistrictOptions { Students = 400 });

        Assert.Equal(1, district.Students.Min(s => s.Dcid));
        Assert.Equal(1, district.Students.Min(s => s.Id));
        Assert.Equal(400, district.Students.Select(s => s.Id).Distinct().Count());
        Assert.All(district.Students, s => Assert.NotEqual(s.Dcid, s.Id));
        // New students take the next of each sequence: the DCIDs run ahead, so they differ too.
        Assert.True(district.Students.Max(s => s.Dcid) > district.Students.Max(s => s.Id));
        var ids = district.Students.ToDictionary(s => s.Dcid, s => s.Id);
        Assert.All(district.CourseEnrollments, cc => Assert.Equal(ids[cc.StudentDcid], cc.StudentId));
    }

    [Fact]
    public void A_saved_fixture_loads_back_the_same_district()
    {
        var district = DistrictGenerator.Generate(new DistrictOptions { Students = 50 });
        var path = Path.Combine(Path.GetTempPath(), $"district-{Guid.NewGuid():N}.json");
        try
        {
            DistrictFixture.Save(district, path);
            var loaded = DistrictFixture.Load(path);

            Assert.Equal(district.Students, loaded.Students);
            Assert.Equal(district.Sections, loaded.Sections);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
