using System.Net;

namespace PowerSchool.Simulator.Tests.Enrollment;

public sealed class AdminTests
{
    [Fact]
    public async Task Submissions_created_unapproved_wait_until_approved()
    {
        await using var host = await EnrollmentTestHost.StartAsync(("Simulator:Enrollment:PendingSubmissions", "0"));

        var created = await host.Admin.PostNodeAsync("/_sim/enrollment/submissions", new { count = 4, approved = false });
        var before = await host.Client.PostNodeAsync(EnrollmentPaths.CreateBatch);
        var approved = await host.Admin.PostNodeAsync("/_sim/enrollment/submissions/approve");
        var after = await host.Client.PostNodeAsync(EnrollmentPaths.CreateBatch);

        Assert.All(created.AsArray(), submission => Assert.Equal("PendingApproval", submission!["status"]!.GetValue<string>()));
        Assert.Empty(before["records"]!.AsArray());
        Assert.Equal(created.Ids(), approved.Ids());
        Assert.Equal(created.Ids(), after["records"]!.Ids());
    }

    [Fact]
    public async Task Given_family_data_is_delivered_as_given_with_generated_documents()
    {
        await using var host = await EnrollmentTestHost.StartAsync(("Simulator:Enrollment:PendingSubmissions", "0"));
        var family = new
        {
            student = new { firstName = "Siobhán", lastName = "Ó Súilleabháin", birthDate = "03/14/2016", gender = "F", grade = "4", school = "Nowhere" },
            parent1 = new { relationship = "Mother", firstName = "Áine", lastName = "Ó Súilleabháin", email = "aine@example.org" },
        };

        await host.Admin.PostNodeAsync("/_sim/enrollment/submissions", new { submissions = new[] { family } });
        var batch = await host.Client.PostNodeAsync(EnrollmentPaths.CreateBatch);

        var data = Assert.Single(batch["records"]!.AsArray())!["data"]!;
        Assert.Equal("Ó Súilleabháin", data["student"]!["lastName"]!.GetValue<string>());
        Assert.Equal("Áine", data["parent1"]!["firstName"]!.GetValue<string>());
        Assert.Equal(2, data["documents"]!.AsObject().Count);
    }

    [Fact]
    public async Task Delivery_history_records_each_delivery_and_reset()
    {
        await using var host = await EnrollmentTestHost.StartAsync(("Simulator:Enrollment:PendingSubmissions", "2"));
        var batch = await host.Client.PostNodeAsync(EnrollmentPaths.CreateBatch);
        using var _ = await host.Client.PostAsync(new Uri(EnrollmentPaths.ResetBatch(batch["id"]!.GetValue<string>()), UriKind.Relative), null);
        await host.Client.PostNodeAsync(EnrollmentPaths.CreateBatch);

        var history = await host.Admin.GetNodeAsync("/_sim/enrollment/deliveries?submissionId=100001");
        var submission = await host.Admin.GetNodeAsync("/_sim/enrollment/submissions/100001");

        Assert.Equal(["Delivered", "Reset", "Delivered"], history.AsArray().Select(entry => entry!["kind"]!.GetValue<string>()));
        Assert.Equal(2, submission["deliveryCount"]!.GetValue<int>());
        Assert.NotNull(submission["deliveredInBatch"]);
    }

    [Theory]
    [InlineData(-1, 1000L, "count")]
    [InlineData(1, 0L, "documentSizes")]
    [InlineData(1, 52_428_801L, "documentSizes")]
    public async Task Bad_create_requests_are_400_naming_the_field(int count, long size, string field)
    {
        await using var host = await EnrollmentTestHost.StartAsync();

        var error = await host.Admin.PostNodeAsync("/_sim/enrollment/submissions", new { count, documentSizes = new[] { size } }, HttpStatusCode.BadRequest);

        Assert.StartsWith(field, error["message"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Approving_an_unknown_submission_is_404_and_approves_nothing()
    {
        await using var host = await EnrollmentTestHost.StartAsync(("Simulator:Enrollment:PendingSubmissions", "0"));
        var created = await host.Admin.PostNodeAsync("/_sim/enrollment/submissions", new { count = 1, approved = false });

        var error = await host.Admin.PostNodeAsync("/_sim/enrollment/submissions/approve", new { ids = new[] { created.Ids()[0], 42L } }, HttpStatusCode.NotFound);
        var submission = await host.Admin.GetNodeAsync($"/_sim/enrollment/submissions/{created.Ids()[0]}");

        Assert.Contains("42", error["message"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal("PendingApproval", submission["status"]!.GetValue<string>());
    }

    [Fact]
    public async Task The_banner_names_the_enrollment_url_the_api_key_and_the_delivery_target()
    {
        await using var app = PowerSchool.Simulator.Hosting.SimulatorApp.Build(
            ["--urls", "http://127.0.0.1:0", "--students", "20", "--Simulator:Enrollment:ApiKey", "banner-key"]);
        await app.StartAsync();
        using var output = new StringWriter();

        PowerSchool.Simulator.Hosting.SimulatorApp.PrintBanner(app, output);
        await app.StopAsync();

        var banner = output.ToString();
        Assert.Contains("banner-key", banner, StringComparison.Ordinal);
        Assert.Contains(PowerSchool.Simulator.Enrollment.EnrollmentOptions.DefaultDeliveryTargetId, banner, StringComparison.Ordinal);
        Assert.Matches(@"http://127\.0\.0\.1:\d+/api/v1", banner);
    }
}
