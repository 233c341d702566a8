using System.Collections.Concurrent;
using PsFunctions.Sync.Events;

namespace PsFunctions.Sync.Tests.Events;

/// <summary>
/// Stands in for the Service Bus topic, which has no local peer: records what was published, in order.
/// <see cref="AfterPublish"/> lets a test stop the caller right after a publish (a crash before the next write).
/// </summary>
internal sealed class RecordingEventPublisher : IEventPublisher
{
    private readonly ConcurrentQueue<IntegrationEvent> _published = new();

    public IReadOnlyList<IntegrationEvent> Published => _published.ToList();

    public Action? AfterPublish { get; set; }

    public Task PublishAsync(IReadOnlyList<IntegrationEvent> events, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(events);
        cancellationToken.ThrowIfCancellationRequested();
        foreach (var integrationEvent in events)
        {
            _published.Enqueue(integrationEvent);
        }

        AfterPublish?.Invoke();
        return Task.CompletedTask;
    }

    public void Clear() => _published.Clear();
}
