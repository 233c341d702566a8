using System.Text.Json;
using PsFunctions.Testing;

namespace PsFunctions.Sync.Tests.Webhooks;

/// <summary>enrollment.poll is accepted only for a delivery target in Sync:DeliveryTargets.</summary>
[Collection(WebhookQueueCollection.Name)]
public sealed class WebhookDeliveryTargetTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private readonly WebhookBench _bench = new(azurite.ConnectionString);

    public Task InitializeAsync() => _bench.ClearQueueAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Enrollment_poll_of_a_target_not_configured_is_refused_with_422_naming_the_field_and_enqueues_nothing()
    {
        var response = await _bench.SendAsync(Bodies.PollOfOtherTarget);

        Assert.Equal(422, response.StatusCode);
        using var answer = JsonDocument.Parse(response.Body);
        Assert.Equal("unknown_delivery_target", answer.RootElement.GetProperty("error").GetString());
        var error = Assert.Single(answer.RootElement.GetProperty("errors").EnumerateArray());
        Assert.Equal("deliveryTargetId", error.GetProperty("field").GetString());
        Assert.Contains("Sync:DeliveryTargets", error.GetProperty("rule").GetString(), StringComparison.Ordinal);
        Assert.DoesNotContain("9a8b7c6d", response.Body, StringComparison.Ordinal);
        Assert.Empty(await _bench.QueuedAsync());
    }

    [Fact]
    public async Task Delivery_id_of_a_poll_refused_for_its_target_can_be_used_for_the_corrected_one()
    {
        await _bench.SendAsync(Bodies.PollOfOtherTarget, _bench.SignedHeaders(Bodies.PollOfOtherTarget, deliveryId: "d-target"));

        var accepted = await _bench.SendAsync(Bodies.Poll, _bench.SignedHeaders(Bodies.Poll, deliveryId: "d-target"));

        Assert.Equal(202, accepted.StatusCode);
        Assert.Single(await _bench.QueuedAsync());
    }

    [Fact]
    public async Task Target_ids_are_matched_exactly_not_ignoring_case()
    {
        var body = Bodies.Poll.Replace("5b0d7c0e", "5B0D7C0E", StringComparison.Ordinal);

        Assert.Equal(422, (await _bench.SendAsync(body)).StatusCode);
    }
}
