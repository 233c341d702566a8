using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using PowerSchool.Simulator.District;
using PowerSchool.Simulator.Enrollment.Generation;

namespace PowerSchool.Simulator.Tests.Enrollment;

public sealed class GenerationTests
{
    [Fact]
    public async Task The_same_seed_generates_the_same_submissions_and_another_seed_different_ones()
    {
        await using var first = await EnrollmentTestHost.StartAsync();
        await using var second = await EnrollmentTestHost.StartAsync();
        await using var reseeded = await EnrollmentTestHost.StartAsync(("Simulator:Enrollment:Seed", "7"));

        var a = (await first.Admin.GetNodeAsync("/_sim/enrollment/submissions")).ToJsonString();
        var b = (await second.Admin.GetNodeAsync("/_sim/enrollment/submissions")).ToJsonString();
        var c = (await reseeded.Admin.GetNodeAsync("/_sim/enrollment/submissions")).ToJsonString();

        Assert.Equal(a, b);
        Assert.NotEqual(a, c);
    }

    [Fact]
    public async Task Generated_names_include_non_ascii_letters_apostrophes_and_hyphens()
    {
        await using var host = await EnrollmentTestHost.StartAsync(("Simulator:Enrollment:PendingSubmissions", "60"));

        var names = (await Submissions(host)).SelectMany(Names).ToList();

        Assert.Contains(names, name => name.Any(character => character > 127));
        Assert.Contains(names, name => name.Contains('\'', StringComparison.Ordinal));
        Assert.Contains(names, name => name.Contains('-', StringComparison.Ordinal));
    }

    [Fact]
    public async Task Students_name_real_schools_grades_and_mm_dd_yyyy_birth_dates_and_are_not_flawed_by_default()
    {
        await using var host = await EnrollmentTestHost.StartAsync();
        var schools = host.Services.GetRequiredService<IDistrictDirectory>().Schools.Select(school => school.Name).ToHashSet();
        string[] grades = ["PK", "K", .. Enumerable.Range(1, 12).Select(grade => grade.ToString(CultureInfo.InvariantCulture))];

        var submissions = await Submissions(host);

        Assert.Equal(25, submissions.Count);
        Assert.All(submissions, submission =>
        {
            var student = submission["data"]!["student"]!;
            Assert.Null(submission["flaw"]);
            Assert.Contains(student["school"]!.GetValue<string>(), schools);
            Assert.Contains(student["grade"]!.GetValue<string>(), grades);
            Assert.True(DateOnly.TryParseExact(student["birthDate"]!.GetValue<string>(), "MM/dd/yyyy", CultureInfo.InvariantCulture, DateTimeStyles.None, out _));
            Assert.Equal(2, submission["data"]!["documents"]!.AsObject().Count);
        });
    }

    [Fact]
    public async Task Returning_students_carry_the_student_number_and_name_of_a_sis_student()
    {
        await using var host = await EnrollmentTestHost.StartAsync();
        var students = host.Services.GetRequiredService<IDistrictDirectory>().Students.ToDictionary(student => student.Dcid);

        var created = await host.Admin.PostNodeAsync("/_sim/enrollment/submissions", new { count = 5, returning = true });

        Assert.Equal(5, created.AsArray().Count);
        Assert.All(created.AsArray(), submission =>
        {
            var enrolled = students[submission!["returningStudentDcid"]!.GetValue<long>()];
            var student = submission["data"]!["student"]!;
            Assert.Equal(enrolled.StudentNumber, student["studentID"]!.GetValue<string>());
            Assert.Equal(enrolled.LastName, student["lastName"]!.GetValue<string>());
            Assert.Equal(2002, submission["publishedActionId"]!.GetValue<int>());
        });
        Assert.Equal(5, created.AsArray().Select(submission => submission!["returningStudentDcid"]!.GetValue<long>()).Distinct().Count());
    }

    [Fact]
    public async Task A_flawed_share_of_one_makes_every_submission_carry_a_named_flaw()
    {
        await using var host = await EnrollmentTestHost.StartAsync(("Simulator:Enrollment:FlawedShare", "1"));

        var submissions = await Submissions(host);

        Assert.All(submissions, submission => Assert.Contains(submission["flaw"]!.GetValue<string>(), FlawKind.All));
        Assert.Contains(submissions, submission => submission["flaw"]!.GetValue<string>() == FlawKind.InvalidBirthDate
            && submission["data"]!["student"]!["birthDate"]!.GetValue<string>() == "02/30/2015");
    }

    [Fact]
    public async Task Reset_returns_submissions_and_batches_to_the_generated_start()
    {
        await using var host = await EnrollmentTestHost.StartAsync();
        var start = (await host.Admin.GetNodeAsync("/_sim/enrollment/submissions")).ToJsonString();
        await host.Client.PostNodeAsync(EnrollmentPaths.CreateBatch);
        await host.Admin.PostNodeAsync("/_sim/enrollment/submissions", new { count = 3 });

        await host.Simulator.ResetAsync();
        var after = (await host.Admin.GetNodeAsync("/_sim/enrollment/submissions")).ToJsonString();
        var batches = await host.Client.GetNodeAsync(EnrollmentPaths.GetBatches);
        var redelivered = await host.Client.PostNodeAsync(EnrollmentPaths.CreateBatch);

        Assert.Equal(start, after);
        Assert.Empty(batches.AsArray());
        Assert.Equal(25, redelivered["records"]!.AsArray().Count);
    }

    private static async Task<List<JsonNode>> Submissions(EnrollmentTestHost host) =>
        (await host.Admin.GetNodeAsync("/_sim/enrollment/submissions")).AsArray().Select(node => node!).ToList();

    private static IEnumerable<string> Names(JsonNode submission)
    {
        var data = submission["data"]!;
        foreach (var person in new[] { data["student"], data["parent1"], data["parent2"] }.OfType<JsonNode>())
        {
            yield return person["firstName"]!.GetValue<string>();
            yield return person["lastName"]!.GetValue<string>();
        }
    }
}
