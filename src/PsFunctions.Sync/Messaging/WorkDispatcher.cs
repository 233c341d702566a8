using Microsoft.Extensions.Options;

namespace PsFunctions.Sync.Messaging;

/// <summary>
/// Hands a work message to the handler registered for its queue (one handler per queue). Every host calls it:
/// the Function App's queue triggers and the queue loop of the local runner, the tests and the bench, so all
/// read messages the same way and count deliveries against the same <see cref="WorkQueueOptions.MaxDequeueCount"/>.
/// A handler's exception is left to the host: the message becomes visible again and, after its last
/// delivery, moves to the poison queue.
/// </summary>
public sealed class WorkDispatcher
{
    private readonly Dictionary<string, IWorkRoute> _routes;
    private readonly IServiceProvider _services;
    private readonly IOptions<WorkQueueOptions> _options;

    public WorkDispatcher(IEnumerable<IWorkRoute> routes, IServiceProvider services, IOptions<WorkQueueOptions> options)
    {
        var ordered = routes.ToList();
        _routes = ordered.ToDictionary(route => route.QueueName, StringComparer.Ordinal);
        _services = services;
        _options = options;
        Queues = [.. ordered.Select(route => route.QueueName)];
    }

    /// <summary>Every queue a handler is registered for, in registration order, for status pages, operations and the hosts' loops.</summary>
    public IReadOnlyList<string> Queues { get; }

    /// <summary>Processes <paramref name="message"/> read from <paramref name="queueName"/> on its <paramref name="dequeueCount"/>-th delivery.</summary>
    /// <exception cref="ArgumentException">No handler is registered for the queue.</exception>
    /// <exception cref="System.Text.Json.JsonException">The message is not the JSON that queue carries.</exception>
    public Task DispatchAsync(string queueName, string message, int dequeueCount, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(queueName);
        ArgumentNullException.ThrowIfNull(message);
        if (!_routes.TryGetValue(queueName, out var route))
        {
            throw new ArgumentException($"'{queueName}' is not a work queue; expected one of {string.Join(", ", Queues)}.", nameof(queueName));
        }

        return route.DispatchAsync(_services, message, _options.Value.Delivery(dequeueCount), cancellationToken);
    }
}
