using PsFunctions.Sync.Webhooks;
using PsFunctions.Testing;

namespace PsFunctions.Sync.Tests.Webhooks;

/// <summary>Purging expired delivery ids never reopens a replay: inside the window the id is kept, past it the timestamp is stale.</summary>
[Collection(WebhookQueueCollection.Name)]
public sealed class DeliveryIdPurgeTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private readonly WebhookBench _bench = new(azurite.ConnectionString);

    public Task InitializeAsync() => _bench.ClearQueueAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Replay_of_a_future_dated_delivery_is_still_refused_after_a_purge_ten_minutes_later()
    {
        // Signed 5 minutes ahead of this clock (accepted): its replay passes the skew check for 10 minutes.
        var signedAt = _bench.Clock.GetUtcNow().AddMinutes(5).ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture);
        var headers = _bench.SignedHeaders(Bodies.Poll, timestamp: signedAt);
        Assert.Equal(202, (await _bench.SendAsync(Bodies.Poll, headers)).StatusCode);

        _bench.Clock.Advance(TimeSpan.FromMinutes(10));
        await _bench.Purge.PurgeAsync();
        var replay = await _bench.SendAsync(Bodies.Poll, headers);

        Assert.Equal(409, replay.StatusCode);
        Assert.Equal("replayed_delivery", WebhookBench.ErrorOf(replay));
        Assert.Single(await _bench.QueuedAsync());
    }

    [Fact]
    public async Task Purge_deletes_ids_past_the_retention_and_their_replay_is_refused_as_stale()
    {
        var headers = _bench.SignedHeaders(Bodies.Poll);
        Assert.Equal(202, (await _bench.SendAsync(Bodies.Poll, headers)).StatusCode);

        _bench.Clock.Advance(WebhookOptions.DeliveryIdRetention + TimeSpan.FromSeconds(1));
        var purged = await _bench.Purge.PurgeAsync();
        var replay = await _bench.SendAsync(Bodies.Poll, headers);

        // The delivery id and the signature were recorded; both are gone.
        Assert.Equal(2, purged);
        Assert.Equal(400, replay.StatusCode);
        Assert.Equal("stale_timestamp", WebhookBench.ErrorOf(replay));
        Assert.Single(await _bench.QueuedAsync());
    }

    [Fact]
    public async Task Purge_keeps_ids_received_inside_the_retention()
    {
        var headers = _bench.SignedHeaders(Bodies.Poll);
        await _bench.SendAsync(Bodies.Poll, headers);

        _bench.Clock.Advance(WebhookOptions.DeliveryIdRetention - TimeSpan.FromSeconds(1));

        Assert.Equal(0, await _bench.Purge.PurgeAsync());
    }
}
