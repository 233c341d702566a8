using Microsoft.Extensions.Options;

namespace PsFunctions.Sync.Messaging;

/// <summary>
/// Hands a work message to the handler registered for its queue (one handler per queue). Every host calls it:
/// the Function App's queue triggers and the queue loop of the local runner, the tests and the bench, so all
/// read messages the same way and count deliveries against the same <see cref="WorkQueueOptions.MaxDequeueCount"/>.
/// A handler's failure is settled by <see cref="WorkFailurePolicy"/>: an outage puts the message back later as a fresh
/// message (nothing thrown); any other failure is thrown to the host, which delivers the message again and, after its
/// last delivery (kept first as a dead letter), moves it to the poison queue.
/// </summary>
public sealed class WorkDispatcher
{
    private readonly Dictionary<string, IWorkRoute> _routes;
    private readonly IServiceProvider _services;
    private readonly IOptions<WorkQueueOptions> _options;
    private readonly WorkFailurePolicy _failures;

    public WorkDispatcher(IEnumerable<IWorkRoute> routes, IServiceProvider services, IOptions<WorkQueueOptions> options, WorkFailurePolicy failures)
    {
        var ordered = routes.ToList();
        _routes = ordered.ToDictionary(route => route.QueueName, StringComparer.Ordinal);
        _services = services;
        _options = options;
        _failures = failures;
        Queues = [.. ordered.Select(route => route.QueueName)];
    }

    /// <summary>Every queue a handler is registered for, in registration order, for status pages, operations and the hosts' loops.</summary>
    public IReadOnlyList<string> Queues { get; }

    /// <summary>Processes <paramref name="message"/> read from <paramref name="queueName"/> on its <paramref name="dequeueCount"/>-th delivery.</summary>
    /// <exception cref="ArgumentException">No handler is registered for the queue.</exception>
    /// <exception cref="System.Text.Json.JsonException">The message is not the JSON that queue carries.</exception>
    public async Task DispatchAsync(string queueName, string message, int dequeueCount, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(message);
        var route = Route(queueName);
        var delivery = _options.Value.Delivery(dequeueCount);
        try
        {
            await route.DispatchAsync(_services, DeferredWork.Read(message).MessageText, delivery, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex)
        {
            if (!await _failures.SettleAsync(route, message, delivery, ex, cancellationToken).ConfigureAwait(false))
            {
                throw;
            }
        }
    }

    /// <summary>The route of <paramref name="queueName"/>.</summary>
    /// <exception cref="ArgumentException">No handler is registered for the queue.</exception>
    internal IWorkRoute Route(string queueName)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(queueName);
        return _routes.TryGetValue(queueName, out var route)
            ? route
            : throw new ArgumentException($"'{queueName}' is not a work queue; expected one of {string.Join(", ", Queues)}.", nameof(queueName));
    }
}
