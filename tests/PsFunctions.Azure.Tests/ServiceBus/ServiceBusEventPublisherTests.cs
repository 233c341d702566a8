using System.Text;
using System.Text.Json;
using Amqp;
using Azure.Messaging.ServiceBus;
using PsFunctions.Azure.ServiceBus;
using PsFunctions.Sync.Events;
using PsFunctions.Testing;

namespace PsFunctions.Azure.Tests.ServiceBus;

public sealed class ServiceBusEventPublisherTests
{
    private const string Topic = "student-events";
    private static readonly DateTimeOffset T0 = new(2026, 11, 2, 8, 30, 0, TimeSpan.Zero);

    private static IntegrationEvent Event(int n, string data = """{"dcid":1234,"changed":["grade_level"]}""") => new(
        $"evt-{n}",
        "org.psfunctions.student.changed",
        "/powerschool/sis",
        $"students/{1000 + n}",
        $"student-{1000 + (n % 3)}",
        T0.AddSeconds(n),
        JsonDocument.Parse(data).RootElement.Clone());

    [Fact]
    public async Task Published_event_arrives_as_a_cloud_event_with_service_bus_ids_and_properties()
    {
        using var peer = new AmqpPeer();
        await using var client = peer.CreateClient();
        var publisher = new ServiceBusEventPublisher(client.CreateSender(Topic));
        var sent = Event(1);

        await publisher.PublishAsync([sent]);

        var message = Assert.Single(peer.Received);
        Assert.Equal("evt-1", message.Properties.MessageId);
        Assert.Equal("student-1001", message.Properties.GroupId);
        Assert.Equal("application/cloudevents+json; charset=utf-8", (string)message.Properties.ContentType);
        Assert.Equal("students/1001", message.Properties.Subject);
        Assert.Equal("org.psfunctions.student.changed", message.ApplicationProperties["type"]);
        Assert.Equal("students/1001", message.ApplicationProperties["subject"]);
        Assert.Equal("1.0", message.ApplicationProperties["cloudEvents:specversion"]);
        AssertCloudEventBody(sent, (byte[])message.Body);
    }

    [Fact]
    public async Task Events_beyond_one_batch_all_arrive_in_order()
    {
        using var peer = new AmqpPeer();
        await using var client = peer.CreateClient();
        var publisher = new ServiceBusEventPublisher(client.CreateSender(Topic));
        var padding = new string('p', 40_000);
        var events = Enumerable.Range(0, 60).Select(n => Event(n, $$"""{"dcid":{{n}},"pad":"{{padding}}"}""")).ToList();

        await publisher.PublishAsync(events);

        Assert.Equal(events.Select(e => e.Id), peer.Received.Select(m => m.Properties.MessageId));
        AssertCloudEventBody(events[59], (byte[])peer.Received[59].Body);
    }

    [Theory]
    [InlineData("com.microsoft:server-busy", true)]
    [InlineData("amqp:not-found", false)]
    public async Task Refused_send_surfaces_as_event_publish_exception_with_the_sdk_transience(string condition, bool transient)
    {
        using var peer = new AmqpPeer { RejectWith = condition };
        await using var client = peer.CreateClient();
        var publisher = new ServiceBusEventPublisher(client.CreateSender(Topic));

        var error = await Assert.ThrowsAsync<EventPublishException>(() => publisher.PublishAsync([Event(1)]));

        Assert.Equal(transient, error.IsTransient);
        Assert.IsType<ServiceBusException>(error.InnerException);
        Assert.Empty(peer.Received);
    }

    [Fact]
    public async Task Send_to_a_closed_peer_surfaces_as_a_transient_event_publish_exception()
    {
        var peer = new AmqpPeer();
        await using var client = peer.CreateClient();
        var publisher = new ServiceBusEventPublisher(client.CreateSender(Topic));
        peer.Dispose();

        var error = await Assert.ThrowsAsync<EventPublishException>(() => publisher.PublishAsync([Event(1)]));

        Assert.True(error.IsTransient);
    }

    [Fact]
    public async Task Event_id_longer_than_service_bus_allows_is_refused_naming_the_field()
    {
        using var peer = new AmqpPeer();
        await using var client = peer.CreateClient();
        var publisher = new ServiceBusEventPublisher(client.CreateSender(Topic));

        var error = await Assert.ThrowsAsync<ArgumentException>(() => publisher.PublishAsync([Event(1) with { Id = new string('i', 129) }]));

        Assert.Equal("IntegrationEvent.Id", error.ParamName);
    }

    private static void AssertCloudEventBody(IntegrationEvent expected, byte[] body)
    {
        using var json = JsonDocument.Parse(body);
        var root = json.RootElement;
        Assert.Equal("1.0", root.GetProperty("specversion").GetString());
        Assert.Equal("application/json", root.GetProperty("datacontenttype").GetString());
        var parsed = CloudEventJson.Parse(body);
        Assert.Equal(expected with { Data = default }, parsed with { Data = default });
        Assert.Equal(expected.Data.GetRawText(), parsed.Data.GetRawText());
        Assert.DoesNotContain("\n", Encoding.UTF8.GetString(body), StringComparison.Ordinal);
    }
}
