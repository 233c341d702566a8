using System.Text;
using System.Text.Json;
using Azure.Storage.Queues;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using PsFunctions.Azure.Storage.Queues;
using PsFunctions.Sync.Messaging;
using PsFunctions.Sync.Webhooks;
using PsFunctions.Testing;

namespace PsFunctions.Sync.Tests.Webhooks;

/// <summary>
/// Replays, size limits, delivery ids and a queue that is down. Purging expired delivery ids never reopens a
/// replay: inside the retention the id is kept, past it the timestamp is stale.
/// </summary>
public sealed class WebhookDeliveryTests(AzuriteFixture azurite) : IClassFixture<AzuriteFixture>, IAsyncDisposable
{
    private const int Limit = 256 * 1024;

    private readonly WebhookSender _webhooks = new(azurite);

    public ValueTask DisposeAsync() => _webhooks.DisposeAsync();

    [Fact]
    public async Task Replayed_delivery_id_is_refused_with_409_and_enqueued_once()
    {
        var headers = _webhooks.SignedHeaders(Bodies.Poll);

        var first = await _webhooks.SendAsync(Bodies.Poll, headers);
        var second = await _webhooks.SendAsync(Bodies.Poll, headers);

        Assert.Equal(202, first.StatusCode);
        Assert.Equal(409, second.StatusCode);
        Assert.Equal("replayed_delivery", WebhookSender.ErrorOf(second));
        Assert.Single(await _webhooks.QueuedAsync());
    }

    [Fact]
    public async Task Captured_request_sent_again_under_a_new_delivery_id_is_still_a_replay()
    {
        var headers = _webhooks.SignedHeaders(Bodies.Poll);
        await _webhooks.SendAsync(Bodies.Poll, headers);

        var again = await _webhooks.SendAsync(Bodies.Poll, new Dictionary<string, string>(headers) { [WebhookHeaders.Delivery] = "another-id" });

        Assert.Equal(409, again.StatusCode);
        Assert.Single(await _webhooks.QueuedAsync());
    }

    [Fact]
    public async Task Delivery_id_of_a_refused_request_can_be_used_for_the_corrected_one()
    {
        const string Broken = """{"type":"enrollment.poll"}""";
        var refused = await _webhooks.SendAsync(Broken, _webhooks.SignedHeaders(Broken, deliveryId: "d-1"));

        var accepted = await _webhooks.SendAsync(Bodies.Poll, _webhooks.SignedHeaders(Bodies.Poll, deliveryId: "d-1"));

        Assert.Equal(400, refused.StatusCode);
        Assert.Equal(202, accepted.StatusCode);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("id with spaces")]
    [InlineData("a/b")]
    public async Task Missing_or_malformed_delivery_id_is_refused_with_400(string? deliveryId)
    {
        var headers = _webhooks.SignedHeaders(Bodies.Poll);
        headers.Remove(WebhookHeaders.Delivery);
        if (deliveryId is not null)
        {
            headers[WebhookHeaders.Delivery] = deliveryId;
        }

        var response = await _webhooks.SendAsync(Bodies.Poll, headers);

        Assert.Equal(400, response.StatusCode);
        Assert.Equal("bad_delivery_id", WebhookSender.ErrorOf(response));
        Assert.Empty(await _webhooks.QueuedAsync());
    }

    [Fact]
    public async Task Oversize_body_is_refused_with_413_without_reading_all_of_it()
    {
        var body = new CountingStream(10 * Limit);

        var response = await _webhooks.Receiver.ReceiveAsync(WebhookSender.Source, new WebhookRequest(_webhooks.SignedHeaders("x"), body, "application/json"));

        Assert.Equal(413, response.StatusCode);
        Assert.Equal("payload_too_large", WebhookSender.ErrorOf(response));
        Assert.InRange(body.BytesRead, Limit + 1, Limit + 16 * 1024);
        Assert.Empty(await _webhooks.QueuedAsync());
    }

    [Fact]
    public async Task Declared_content_length_over_the_limit_is_refused_before_reading()
    {
        var body = new CountingStream(10 * Limit);
        var headers = new Dictionary<string, string>(_webhooks.SignedHeaders("x")) { [WebhookHeaders.ContentLength] = (10 * Limit).ToString(System.Globalization.CultureInfo.InvariantCulture) };

        var response = await _webhooks.Receiver.ReceiveAsync(WebhookSender.Source, new WebhookRequest(headers, body, "application/json"));

        Assert.Equal(413, response.StatusCode);
        Assert.Equal(0, body.BytesRead);
    }

    [Fact]
    public async Task Body_exactly_at_the_limit_is_read_and_accepted()
    {
        var body = Bodies.Poll + new string(' ', Limit - Encoding.UTF8.GetByteCount(Bodies.Poll));

        Assert.Equal(202, (await _webhooks.SendAsync(body)).StatusCode);
    }

    [Fact]
    public async Task Queue_that_is_down_gets_503_and_never_202()
    {
        var port = AzuriteServer.FreeLoopbackPorts(1)[0];
        var deadQueue = new QueueServiceClient(
            new Uri($"http://127.0.0.1:{port}/devstoreaccount1"),
            new global::Azure.Storage.StorageSharedKeyCredential("devstoreaccount1", Convert.ToBase64String(new byte[64])),
            new QueueClientOptions { Retry = { MaxRetries = 0, NetworkTimeout = TimeSpan.FromSeconds(5) } });
        await using var webhooks = new WebhookSender(azurite, services: services =>
            services.Replace(ServiceDescriptor.Singleton<IWorkQueue>(new StorageWorkQueue(new StorageQueues(deadQueue)))));

        var response = await webhooks.SendAsync(Bodies.Poll);

        Assert.Equal(503, response.StatusCode);
        Assert.Equal("queue_unavailable", WebhookSender.ErrorOf(response));
    }

    [Fact]
    public async Task Replay_of_a_future_dated_delivery_is_still_refused_after_a_purge_ten_minutes_later()
    {
        // Signed 5 minutes ahead of this clock (accepted): its replay passes the skew check for 10 minutes.
        var signedAt = _webhooks.Clock.GetUtcNow().AddMinutes(5).ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture);

        var (_, replay) = await ReplayAfterPurgeAsync(_webhooks.SignedHeaders(Bodies.Poll, timestamp: signedAt), TimeSpan.FromMinutes(10));

        Assert.Equal(409, replay.StatusCode);
        Assert.Equal("replayed_delivery", WebhookSender.ErrorOf(replay));
    }

    [Fact]
    public async Task Purge_keeps_ids_received_inside_the_retention()
    {
        var (purged, _) = await ReplayAfterPurgeAsync(_webhooks.SignedHeaders(Bodies.Poll), WebhookOptions.DeliveryIdRetention - TimeSpan.FromSeconds(1));

        Assert.Equal(0, purged);
    }

    [Fact]
    public async Task Purge_deletes_ids_past_the_retention_and_their_replay_is_refused_as_stale()
    {
        var (purged, replay) = await ReplayAfterPurgeAsync(_webhooks.SignedHeaders(Bodies.Poll), WebhookOptions.DeliveryIdRetention + TimeSpan.FromSeconds(1));

        // The delivery id and the signature were recorded; both are gone.
        Assert.Equal(2, purged);
        Assert.Equal(400, replay.StatusCode);
        Assert.Equal("stale_timestamp", WebhookSender.ErrorOf(replay));
    }

    // Sends a delivery (accepted), moves the clock on by later, purges, sends the same delivery again.
    private async Task<(int Purged, WebhookResponse Replay)> ReplayAfterPurgeAsync(Dictionary<string, string> headers, TimeSpan later)
    {
        Assert.Equal(202, (await _webhooks.SendAsync(Bodies.Poll, headers)).StatusCode);
        _webhooks.Clock.Advance(later);
        var purged = await _webhooks.Purge.PurgeAsync();
        var replay = await _webhooks.SendAsync(Bodies.Poll, headers);
        Assert.Single(await _webhooks.QueuedAsync());
        return (purged, replay);
    }
}
