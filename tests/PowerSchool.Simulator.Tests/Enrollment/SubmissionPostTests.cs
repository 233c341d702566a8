using System.Net;
using PowerSchool.Simulator.Enrollment.Catalog;

namespace PowerSchool.Simulator.Tests.Enrollment;

public sealed class SubmissionPostTests
{
    private static object Body(params (string Field, string Value)[] items) => new
    {
        publishedActionId = EnrollmentCatalog.NewStudentsActionId,
        submission = new { dataItems = items.Select(item => new { fieldName = item.Field, value = item.Value }) },
    };

    [Fact]
    public async Task A_posted_submission_is_pending_approval_and_readable_as_a_record()
    {
        await using var host = await EnrollmentTestHost.StartAsync(("Simulator:Enrollment:PendingSubmissions", "0"));

        var created = await host.Client.PostNodeAsync("/api/v1/submission", Body(("stu_FirstName", "Zoë"), ("stu_LastName", "O'Brien-Nguyễn"), ("stu_DateOfBirth", "01/01/2010")));
        var record = (await host.Client.GetNodeAsync($"/api/v1/submissionrecords/{created["id"]!.GetValue<long>()}"))[0]!;

        Assert.Equal("PendingApproval", created["status"]!.GetValue<string>());
        Assert.Equal("O'Brien-Nguyễn", record["lastName"]!.GetValue<string>());
        Assert.Equal("2010-01-01T00:00:00", record["dateOfBirth"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_posted_submission_is_delivered_only_after_it_is_approved()
    {
        await using var host = await EnrollmentTestHost.StartAsync(("Simulator:Enrollment:PendingSubmissions", "0"));
        var created = await host.Client.PostNodeAsync("/api/v1/submission", Body(("stu_FirstName", "Jane"), ("stu_LastName", "Doe"), ("stu_DateOfBirth", "01/01/2010")));

        var before = await host.Client.PostNodeAsync(EnrollmentPaths.CreateBatch);
        await host.Admin.PostNodeAsync("/_sim/enrollment/submissions/approve", new { ids = new[] { created["id"]!.GetValue<long>() } });
        var after = await host.Client.PostNodeAsync(EnrollmentPaths.CreateBatch);

        Assert.Empty(before["records"]!.AsArray());
        Assert.Equal([created["id"]!.GetValue<long>()], after["records"]!.Ids());
        Assert.Equal("Jane", after["records"]![0]!["data"]!["student"]!["firstName"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("stu_LastName")]
    [InlineData("stu_DateOfBirth")]
    public async Task A_submission_without_a_required_field_is_400_naming_it(string missing)
    {
        await using var host = await EnrollmentTestHost.StartAsync();
        var items = new[] { ("stu_FirstName", "Jane"), ("stu_LastName", "Doe"), ("stu_DateOfBirth", "01/01/2010") }.Where(item => item.Item1 != missing).ToArray();

        var error = await host.Client.PostNodeAsync("/api/v1/submission", Body(items), HttpStatusCode.BadRequest);

        Assert.Contains(missing, error["message"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_birth_date_not_in_mm_dd_yyyy_is_400()
    {
        await using var host = await EnrollmentTestHost.StartAsync();

        var error = await host.Client.PostNodeAsync("/api/v1/submission", Body(("stu_FirstName", "Jane"), ("stu_LastName", "Doe"), ("stu_DateOfBirth", "2010-01-01")), HttpStatusCode.BadRequest);

        Assert.Contains("MM/dd/yyyy", error["message"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_published_action_is_404_and_a_missing_one_400()
    {
        await using var host = await EnrollmentTestHost.StartAsync();

        await host.Client.PostNodeAsync("/api/v1/submission", new { publishedActionId = 1, submission = new { dataItems = new[] { new { fieldName = "stu_FirstName", value = "A" } } } }, HttpStatusCode.NotFound);
        var missing = await host.Client.PostNodeAsync("/api/v1/submission", new { submission = new { } }, HttpStatusCode.BadRequest);

        Assert.Contains("publishedActionId", missing["message"]!.GetValue<string>(), StringComparison.Ordinal);
    }
}
