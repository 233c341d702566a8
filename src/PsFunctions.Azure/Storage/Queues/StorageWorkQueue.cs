using System.Collections.Concurrent;
using Azure.Storage.Queues;
using PsFunctions.Sync.Messaging;

namespace PsFunctions.Azure.Storage.Queues;

/// <summary>
/// <see cref="IWorkQueue"/> on Azure Storage queues (named through <see cref="StorageQueues"/>). The client must encode
/// messages as base64 (<see cref="QueueMessageEncoding.Base64"/>), the encoding the Functions queue trigger expects by default
/// (host.json <c>extensions.queues.messageEncoding</c> = <c>base64</c>). Each queue is created the first
/// time this process sends to it, together with its poison queue.
/// </summary>
public sealed class StorageWorkQueue : IWorkQueue
{
    /// <summary>The service allows 64 KiB per message; base64 turns 3 bytes into 4, so 48 KiB of UTF-8 text fit.</summary>
    public const int MaxMessageBytes = 48 * 1024;

    /// <summary>The longest visibility delay the service accepts.</summary>
    public static readonly TimeSpan MaxVisibilityDelay = TimeSpan.FromDays(7);

    // -1 s: the message never expires (the default would drop it after 7 days, and with it the work).
    private static readonly TimeSpan NeverExpires = TimeSpan.FromSeconds(-1);

    private readonly StorageQueues _queues;
    private readonly ConcurrentDictionary<string, CreateOnce> _created = new(StringComparer.Ordinal);

    public StorageWorkQueue(StorageQueues queues)
    {
        ArgumentNullException.ThrowIfNull(queues);
        _queues = queues;
    }

    public async Task EnqueueAsync(string queueName, string message, TimeSpan? visibilityDelay = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(queueName);
        ArgumentNullException.ThrowIfNull(message);
        if (System.Text.Encoding.UTF8.GetByteCount(message) > MaxMessageBytes)
        {
            throw new ArgumentException(
                $"The message for queue '{queueName}' is larger than {MaxMessageBytes} bytes of UTF-8; send a reference to stored data instead (claim check).",
                nameof(message));
        }

        if (visibilityDelay is { } delay && (delay < TimeSpan.Zero || delay > MaxVisibilityDelay))
        {
            throw new ArgumentOutOfRangeException(nameof(visibilityDelay), delay, "The visibility delay must be between 0 and 7 days.");
        }

        var queue = _queues.Get(queueName);
        await EnsureCreatedAsync(queueName, queue, cancellationToken);
        await queue.SendMessageAsync(message, visibilityDelay, NeverExpires, cancellationToken);
    }

    private ValueTask EnsureCreatedAsync(string queueName, QueueClient queue, CancellationToken cancellationToken)
    {
        var once = _created.GetOrAdd(queueName, name => new CreateOnce(async ct =>
        {
            await queue.CreateIfNotExistsAsync(cancellationToken: ct);
            await _queues.Get(WorkQueues.PoisonOf(name)).CreateIfNotExistsAsync(cancellationToken: ct);
        }));
        return once.EnsureAsync(cancellationToken);
    }
}
