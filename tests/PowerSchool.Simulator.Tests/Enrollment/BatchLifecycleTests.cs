using System.Net;
using System.Text.Json.Nodes;

namespace PowerSchool.Simulator.Tests.Enrollment;

public sealed class BatchLifecycleTests
{
    [Fact]
    public async Task Createbatch_delivers_the_pending_approved_submissions_once()
    {
        await using var host = await EnrollmentTestHost.StartAsync();

        var first = await host.Client.PostNodeAsync(EnrollmentPaths.CreateBatch);
        var second = await host.Client.PostNodeAsync(EnrollmentPaths.CreateBatch);

        Assert.Equal(25, first["records"]!.AsArray().Count);
        Assert.Equal(25, first["records"]!.Ids().Distinct().Count());
        Assert.Empty(second["records"]!.AsArray());
    }

    [Fact]
    public async Task An_empty_batch_has_a_guid_id_a_utc_date_and_empty_records()
    {
        await using var host = await EnrollmentTestHost.StartAsync(("Simulator:Enrollment:PendingSubmissions", "0"));

        var batch = await host.Client.PostNodeAsync(EnrollmentPaths.CreateBatch);

        Assert.True(Guid.TryParse(batch["id"]!.GetValue<string>(), out _));
        Assert.Equal("2026-08-03T14:00:00Z", batch["date"]!.GetValue<string>());
        Assert.Empty(batch["records"]!.AsArray());
        Assert.Equal(["id", "date", "records"], batch.AsObject().Select(property => property.Key));
    }

    [Fact]
    public async Task A_reset_batch_is_delivered_again_by_the_next_createbatch()
    {
        await using var host = await EnrollmentTestHost.StartAsync();
        var delivered = await host.Client.PostNodeAsync(EnrollmentPaths.CreateBatch);

        using var reset = await host.Client.PostAsync(new Uri(EnrollmentPaths.ResetBatch(delivered["id"]!.GetValue<string>()), UriKind.Relative), null);
        var again = await host.Client.PostNodeAsync(EnrollmentPaths.CreateBatch);

        Assert.Equal(HttpStatusCode.NoContent, reset.StatusCode);
        Assert.Equal(delivered["records"]!.Ids(), again["records"]!.Ids());
        Assert.NotEqual(delivered["id"]!.GetValue<string>(), again["id"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("6c1f0a52-0000-4000-8000-000000000000")]
    [InlineData("not-a-guid")]
    public async Task Resetting_an_unknown_batch_is_404(string batchId)
    {
        await using var host = await EnrollmentTestHost.StartAsync();

        using var reset = await host.Client.PostAsync(new Uri(EnrollmentPaths.ResetBatch(batchId), UriKind.Relative), null);

        Assert.Equal(HttpStatusCode.NotFound, reset.StatusCode);
    }

    [Fact]
    public async Task Getbatches_lists_batches_without_their_records_and_getAutoOpen_leaves_out_reset_ones()
    {
        await using var host = await EnrollmentTestHost.StartAsync();
        var first = await host.Client.PostNodeAsync(EnrollmentPaths.CreateBatch);
        var second = await host.Client.PostNodeAsync(EnrollmentPaths.CreateBatch);
        using var _ = await host.Client.PostAsync(new Uri(EnrollmentPaths.ResetBatch(first["id"]!.GetValue<string>()), UriKind.Relative), null);

        var all = await host.Client.GetNodeAsync(EnrollmentPaths.GetBatches);
        var open = await host.Client.GetNodeAsync(EnrollmentPaths.GetBatches + "?getAutoOpen=true");
        var openAsSegment = await host.Client.GetNodeAsync(EnrollmentPaths.GetBatches + "/2026-08-03/true");

        Assert.Equal([first["id"]!.GetValue<string>(), second["id"]!.GetValue<string>()], BatchIds(all));
        Assert.All(all.AsArray(), batch => Assert.Empty(batch!["records"]!.AsArray()));
        Assert.Equal([second["id"]!.GetValue<string>()], BatchIds(open));
        Assert.Equal([second["id"]!.GetValue<string>()], BatchIds(openAsSegment));
    }

    [Fact]
    public async Task Getbatches_with_a_date_returns_batches_created_on_or_after_it()
    {
        await using var host = await EnrollmentTestHost.StartAsync();
        var early = await host.Client.PostNodeAsync(EnrollmentPaths.CreateBatch);
        host.Clock.Advance(TimeSpan.FromDays(2));
        var late = await host.Client.PostNodeAsync(EnrollmentPaths.CreateBatch);

        var fromFifth = await host.Client.GetNodeAsync(EnrollmentPaths.GetBatches + "/2026-08-05");
        var fromThird = await host.Client.GetNodeAsync(EnrollmentPaths.GetBatches + "/2026-08-03");
        var none = await host.Client.GetNodeAsync(EnrollmentPaths.GetBatches + "/2026-09-01");

        Assert.Equal([late["id"]!.GetValue<string>()], BatchIds(fromFifth));
        Assert.Equal([early["id"]!.GetValue<string>(), late["id"]!.GetValue<string>()], BatchIds(fromThird));
        Assert.Empty(none.AsArray());
    }

    [Fact]
    public async Task Getbatches_refuses_a_date_not_in_yyyy_mm_dd()
    {
        await using var host = await EnrollmentTestHost.StartAsync();

        var error = await host.Client.GetNodeAsync(EnrollmentPaths.GetBatches + "/08-03-2026", HttpStatusCode.BadRequest);

        Assert.Contains("yyyy-mm-dd", error["message"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Concurrent_createbatch_calls_deliver_each_submission_exactly_once()
    {
        await using var host = await EnrollmentTestHost.StartAsync(("Simulator:Enrollment:PendingSubmissions", "200"));

        var batches = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => host.Client.PostNodeAsync(EnrollmentPaths.CreateBatch)));

        var ids = batches.SelectMany(batch => batch["records"]!.Ids()).ToList();
        Assert.Equal(200, ids.Count);
        Assert.Equal(200, ids.Distinct().Count());
    }

    [Fact]
    public async Task Unknown_delivery_targets_are_404()
    {
        await using var host = await EnrollmentTestHost.StartAsync();

        var error = await host.Client.PostNodeAsync("/api/v1/deliverytargets/123/createbatch", expected: HttpStatusCode.NotFound);
        await host.Client.GetNodeAsync("/api/v1/deliverytargets/123/getbatches", HttpStatusCode.NotFound);

        Assert.Equal("Delivery target not found.", error["message"]!.GetValue<string>());
    }

    [Fact]
    public async Task Submissions_go_to_their_own_delivery_target_when_several_are_configured()
    {
        await using var host = await EnrollmentTestHost.StartAsync(
            ("Simulator:Enrollment:DeliveryTargets:0", "target-a"),
            ("Simulator:Enrollment:DeliveryTargets:1", "target-b"));

        var a = await host.Client.PostNodeAsync("/api/v1/deliverytargets/target-a/createbatch");
        var b = await host.Client.PostNodeAsync("/api/v1/deliverytargets/target-b/createbatch");
        var targets = await host.Client.GetNodeAsync("/api/v1/deliverytargets");

        Assert.Equal(13, a["records"]!.AsArray().Count);
        Assert.Equal(12, b["records"]!.AsArray().Count);
        Assert.Empty(a["records"]!.Ids().Intersect(b["records"]!.Ids()));
        Assert.Equal(["target-a", "target-b"], targets.AsArray().Select(target => target!["id"]!.GetValue<string>()));
    }

    private static List<string> BatchIds(JsonNode batches) =>
        batches.AsArray().Select(batch => batch!["id"]!.GetValue<string>()).ToList();
}
