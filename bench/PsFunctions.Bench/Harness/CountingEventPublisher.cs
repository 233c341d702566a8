using System.Collections.Concurrent;
using PsFunctions.Sync.Events;

namespace PsFunctions.Bench.Harness;

/// <summary>Counts published integration events by type (the benches have no Service Bus; the counts are figures).</summary>
internal sealed class CountingEventPublisher : IEventPublisher
{
    private readonly ConcurrentDictionary<string, long> _counts = new(StringComparer.Ordinal);

    public Task PublishAsync(IReadOnlyList<IntegrationEvent> events, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(events);
        foreach (var item in events)
        {
            _counts.AddOrUpdate(item.Type, 1, static (_, count) => count + 1);
        }

        return Task.CompletedTask;
    }

    public long Count(string type) => _counts.GetValueOrDefault(type);

    public IReadOnlyDictionary<string, long> Snapshot() => new Dictionary<string, long>(_counts, StringComparer.Ordinal);

    public void Clear() => _counts.Clear();
}
