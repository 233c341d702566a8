using Azure;
using PsFunctions.Sync.Messaging;

namespace PsFunctions.Azure.Storage.Queues;

/// <summary><see cref="IQueueMonitor"/> on Azure Storage queues: the service's approximate count, 0 for a missing queue.</summary>
public sealed class StorageQueueMonitor : IQueueMonitor
{
    private readonly StorageQueues _queues;

    public StorageQueueMonitor(StorageQueues queues)
    {
        ArgumentNullException.ThrowIfNull(queues);
        _queues = queues;
    }

    public async Task<int> GetApproximateCountAsync(string queueName, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(queueName);
        try
        {
            var properties = await _queues.Get(queueName).GetPropertiesAsync(cancellationToken);
            return properties.Value.ApproximateMessagesCount;
        }
        catch (RequestFailedException exception) when (exception.Status == 404)
        {
            return 0;
        }
    }
}
