using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using PowerSchool.Simulator.District;

namespace PowerSchool.Simulator.Tests.Enrollment;

/// <summary>An unflawed generated submission names a school that teaches the child's grade, so the SIS can enrol them.</summary>
public sealed class GeneratedGradeRangeTests
{
    // Only the documents' sizes are planned; one byte keeps the submissions small.
    private static readonly long[] OneByteDocuments = [1];

    [Fact]
    public async Task Every_unflawed_new_and_returning_submission_has_a_grade_inside_its_schools_range()
    {
        await using var host = await EnrollmentTestHost.StartAsync();

        var submissions = await CreateAsync(host, count: 800, returning: false);
        submissions.AddRange(await CreateAsync(host, count: 400, returning: true));

        AssertGradesInsideSchoolRanges(host, submissions);
    }

    [Fact]
    public async Task In_a_district_of_one_elementary_school_no_child_is_given_a_grade_it_does_not_teach()
    {
        await using var host = await EnrollmentTestHost.StartAsync(("Simulator:District:Schools", "1"), ("Simulator:District:Students", "400"));

        var submissions = await CreateAsync(host, count: 300, returning: false);
        submissions.AddRange(await CreateAsync(host, count: 300, returning: true));

        AssertGradesInsideSchoolRanges(host, submissions);
    }

    private static void AssertGradesInsideSchoolRanges(EnrollmentTestHost host, List<JsonNode> submissions)
    {
        var schools = host.Services.GetRequiredService<IDistrictDirectory>().Schools.ToDictionary(school => school.SchoolNumber);
        Assert.All(submissions, submission =>
        {
            var student = submission["data"]!["student"]!;
            Assert.Null(submission["flaw"]);
            var school = schools[int.Parse(student["schoolNumber"]!.GetValue<string>(), CultureInfo.InvariantCulture)];
            var grade = GradeLevel(student["grade"]!.GetValue<string>());
            Assert.True(
                school.LowGrade <= grade && grade <= school.HighGrade,
                $"submission {submission["id"]}: grade {grade} is outside {school.Name} ({school.LowGrade}..{school.HighGrade})");
        });
    }

    private static async Task<List<JsonNode>> CreateAsync(EnrollmentTestHost host, int count, bool returning)
    {
        var created = await host.Admin.PostNodeAsync("/_sim/enrollment/submissions", new { count, returning, flawed = false, documentSizes = OneByteDocuments });
        var submissions = created.AsArray().Select(node => node!).ToList();
        Assert.Equal(count, submissions.Count);
        return submissions;
    }

    // The generator's grade names (GradeNames): PK below 0, K for 0, then the number.
    private static int GradeLevel(string name) => name switch
    {
        "PK" => -1,
        "K" => 0,
        _ => int.Parse(name, CultureInfo.InvariantCulture),
    };
}
