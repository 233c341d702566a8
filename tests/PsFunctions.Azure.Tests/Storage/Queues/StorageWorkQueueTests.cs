using System.Text;
using Azure.Storage.Queues;
using PsFunctions.Azure.Storage.Queues;
using PsFunctions.Sync.Messaging;
using PsFunctions.Testing;

namespace PsFunctions.Azure.Tests.Storage.Queues;

public sealed class StorageWorkQueueTests(AzuriteFixture azurite) : IClassFixture<AzuriteFixture>
{
    private QueueServiceClient Service(QueueMessageEncoding encoding = QueueMessageEncoding.Base64) =>
        new(azurite.ConnectionString, new QueueClientOptions { MessageEncoding = encoding });

    [Fact]
    public async Task Enqueued_message_is_base64_on_the_wire_as_the_Functions_queue_trigger_expects()
    {
        var queueName = AzuriteFixture.UniqueName("wq");
        var workQueue = new StorageWorkQueue(new StorageQueues(Service()));

        await workQueue.EnqueueAsync(queueName, """{"submissionId":"s-1"}""");

        var raw = Service(QueueMessageEncoding.None).GetQueueClient(queueName);
        var message = (await raw.ReceiveMessageAsync()).Value;
        var wireText = message.Body.ToString();
        Assert.Equal("""{"submissionId":"s-1"}""", Encoding.UTF8.GetString(Convert.FromBase64String(wireText)));
    }

    [Fact]
    public async Task Enqueue_creates_the_queue_and_its_poison_queue()
    {
        var queueName = AzuriteFixture.UniqueName("wq");
        var service = Service();

        await new StorageWorkQueue(new StorageQueues(service)).EnqueueAsync(queueName, "{}");

        Assert.True((await service.GetQueueClient(queueName).ExistsAsync()).Value);
        Assert.True((await service.GetQueueClient(WorkQueues.PoisonOf(queueName)).ExistsAsync()).Value);
    }

    [Fact]
    public async Task Delayed_message_stays_invisible_until_its_delay_passes()
    {
        var queueName = AzuriteFixture.UniqueName("wq");
        var service = Service();

        await new StorageWorkQueue(new StorageQueues(service)).EnqueueAsync(queueName, "{}", TimeSpan.FromMinutes(10));

        var received = await service.GetQueueClient(queueName).ReceiveMessageAsync();
        Assert.Null(received.Value);
        Assert.Equal(1, await new StorageQueueMonitor(new StorageQueues(service)).GetApproximateCountAsync(queueName));
    }

    [Fact]
    public async Task Message_larger_than_a_storage_queue_accepts_is_refused_before_sending()
    {
        var workQueue = new StorageWorkQueue(new StorageQueues(Service()));

        var error = await Assert.ThrowsAsync<ArgumentException>(() =>
            workQueue.EnqueueAsync(AzuriteFixture.UniqueName("wq"), new string('x', StorageWorkQueue.MaxMessageBytes + 1)));

        Assert.Equal("message", error.ParamName);
    }

    [Fact]
    public async Task Monitor_counts_waiting_messages_and_reports_zero_for_a_missing_queue()
    {
        var queueName = AzuriteFixture.UniqueName("wq");
        var service = Service();
        var workQueue = new StorageWorkQueue(new StorageQueues(service));
        var monitor = new StorageQueueMonitor(new StorageQueues(service));

        Assert.Equal(0, await monitor.GetApproximateCountAsync(queueName));
        for (var i = 0; i < 3; i++)
        {
            await workQueue.EnqueueAsync(queueName, $$"""{"n":{{i}}}""");
        }

        Assert.Equal(3, await monitor.GetApproximateCountAsync(queueName));
    }

    [Fact]
    public async Task A_name_prefix_moves_the_queue_its_poison_queue_and_the_count_under_the_prefix()
    {
        var queueName = AzuriteFixture.UniqueName("wq");
        var service = Service();
        var queues = new StorageQueues(service, "pfx");

        await new StorageWorkQueue(queues).EnqueueAsync(queueName, "{}");

        Assert.True((await service.GetQueueClient("pfx" + queueName).ExistsAsync()).Value);
        Assert.True((await service.GetQueueClient("pfx" + WorkQueues.PoisonOf(queueName)).ExistsAsync()).Value);
        Assert.False((await service.GetQueueClient(queueName).ExistsAsync()).Value);
        Assert.Equal(1, await new StorageQueueMonitor(queues).GetApproximateCountAsync(queueName));
    }
}
