using Azure.Storage.Queues;

namespace PsFunctions.Azure.Storage.Queues;

/// <summary>
/// The app's queues on the <c>PsStorage</c> connection, reached by the names the engine uses (<c>WorkQueues</c>) with
/// the connection's <see cref="StorageConnectionOptions.NamePrefix"/> in front. Every queue adapter, the queue loop
/// and the operations commands go through it, so a prefix moves all of them together.
/// </summary>
public sealed class StorageQueues
{
    private readonly QueueServiceClient _service;
    private readonly string? _namePrefix;

    /// <param name="service">A client that encodes messages as base64 (<see cref="QueueMessageEncoding.Base64"/>), as the Functions queue trigger expects.</param>
    /// <param name="namePrefix">Put in front of every queue name; none by default.</param>
    public StorageQueues(QueueServiceClient service, string? namePrefix = null)
    {
        ArgumentNullException.ThrowIfNull(service);
        _service = service;
        _namePrefix = namePrefix;
    }

    /// <summary>The queue the engine calls <paramref name="queueName"/>.</summary>
    public QueueClient Get(string queueName) => _service.GetQueueClient(StorageNames.Prefixed(_namePrefix, queueName));
}
