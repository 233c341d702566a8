using PsFunctions.Sync.Events;

namespace PsFunctions.Sync.Tests.Harness;

/// <summary>
/// The engine's event sink with crash points <c>events.publish:&lt;type&gt;</c> (before the publish: nothing reaches the
/// sink) and <c>events.publish:&lt;type&gt;:done</c> (after it: the events are out, the caller dies before its next write),
/// recording what the sink took in <see cref="PublishedEvents"/>.
/// </summary>
internal sealed class CrashingEventPublisher(IEventPublisher inner, CrashPlan crashes, PublishedEvents published) : IEventPublisher
{
    public async Task PublishAsync(IReadOnlyList<IntegrationEvent> events, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(events);
        var types = events.Select(e => e.Type).Distinct().ToList();
        foreach (var type in types)
        {
            crashes.Reach($"events.publish:{type}");
        }

        await inner.PublishAsync(events, cancellationToken);
        published.Add(events);
        foreach (var type in types)
        {
            crashes.Reach($"events.publish:{type}:done");
        }
    }
}
