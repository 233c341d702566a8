using System.Net;
using System.Text.Json.Nodes;

namespace PowerSchool.Simulator.Tests.Enrollment;

/// <summary>
/// <c>POST /_sim/enrollment/submissions/{id}/resubmit</c>: a delivered submission's data is changed and approved again, so the
/// next createbatch delivers it in a new batch with the new data and a new <c>submitted</c> time; <c>resetbatch</c> delivers
/// the same record again.
/// </summary>
public sealed class ResubmissionTests
{
    [Fact]
    public async Task A_resubmitted_submission_is_delivered_again_in_a_new_batch_with_its_changed_data()
    {
        await using var host = await EnrollmentTestHost.StartAsync(("Simulator:Enrollment:PendingSubmissions", "2"));
        var first = await host.Client.PostNodeAsync(EnrollmentPaths.CreateBatch);
        var record = first["records"]!.AsArray()[0]!;
        var id = record["id"]!.GetValue<long>();
        host.Clock.Advance(TimeSpan.FromHours(2));

        var edited = await host.Admin.PostNodeAsync(
            $"/_sim/enrollment/submissions/{id}/resubmit", new { data = new { address = new { street = "1 Corrected Way" } } });
        var again = await host.Client.PostNodeAsync(EnrollmentPaths.CreateBatch);

        Assert.Equal("Approved", edited["status"]!.GetValue<string>());
        var delivered = Assert.Single(again["records"]!.AsArray());
        Assert.Equal(id, delivered!["id"]!.GetValue<long>());
        Assert.NotEqual(first["id"]!.GetValue<string>(), again["id"]!.GetValue<string>());
        Assert.Equal("1 Corrected Way", delivered["data"]!["address"]!["street"]!.GetValue<string>());
        // Only the patched member changed; the rest of the family's data is as delivered before.
        Assert.Equal(record["data"]!["student"]!.ToJsonString(), delivered["data"]!["student"]!.ToJsonString());
        Assert.Equal(record["data"]!["address"]!["city"]!.ToJsonString(), delivered["data"]!["address"]!["city"]!.ToJsonString());
        Assert.Equal("2026-08-03T16:00:00Z", delivered["submitted"]!.GetValue<string>());
        var history = await host.Admin.GetNodeAsync($"/_sim/enrollment/deliveries?submissionId={id}");
        Assert.Equal(["Delivered", "Resubmitted", "Delivered"], history.AsArray().Select(entry => entry!["kind"]!.GetValue<string>()));
    }

    [Fact]
    public async Task A_reset_batch_delivers_the_same_records_again()
    {
        await using var host = await EnrollmentTestHost.StartAsync(("Simulator:Enrollment:PendingSubmissions", "3"));
        var delivered = await host.Client.PostNodeAsync(EnrollmentPaths.CreateBatch);
        host.Clock.Advance(TimeSpan.FromMinutes(5));

        using var _ = await host.Client.PostAsync(new Uri(EnrollmentPaths.ResetBatch(delivered["id"]!.GetValue<string>()), UriKind.Relative), null);
        var again = await host.Client.PostNodeAsync(EnrollmentPaths.CreateBatch);

        Assert.Equal(delivered["records"]!.ToJsonString(), again["records"]!.ToJsonString());
    }

    [Theory]
    [InlineData("{\"data\":null}", HttpStatusCode.BadRequest)]
    [InlineData("{\"data\":{\"student\":null}}", HttpStatusCode.BadRequest)]
    [InlineData("{\"data\":{\"student\":\"not an object\"}}", HttpStatusCode.BadRequest)]
    public async Task A_resubmission_without_usable_data_is_refused_and_changes_nothing(string body, HttpStatusCode expected)
    {
        await using var host = await EnrollmentTestHost.StartAsync(("Simulator:Enrollment:PendingSubmissions", "1"));
        var delivered = await host.Client.PostNodeAsync(EnrollmentPaths.CreateBatch);
        var id = delivered["records"]!.AsArray()[0]!["id"]!.GetValue<long>();

        using var content = new StringContent(body, System.Text.Encoding.UTF8, "application/json");
        using var response = await host.Admin.PostAsync(new Uri($"/_sim/enrollment/submissions/{id}/resubmit", UriKind.Relative), content);
        var again = await host.Client.PostNodeAsync(EnrollmentPaths.CreateBatch);

        Assert.Equal(expected, response.StatusCode);
        Assert.Empty(again["records"]!.AsArray());
    }

    [Fact]
    public async Task Resubmitting_an_unknown_submission_is_404()
    {
        await using var host = await EnrollmentTestHost.StartAsync();

        await host.Admin.PostNodeAsync("/_sim/enrollment/submissions/999999/resubmit", new { data = new { } }, HttpStatusCode.NotFound);
    }
}
