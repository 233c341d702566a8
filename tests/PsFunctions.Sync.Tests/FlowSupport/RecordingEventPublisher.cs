using PsFunctions.Sync.Events;

namespace PsFunctions.Sync.Tests.FlowSupport;

/// <summary>
/// Stands in for Service Bus (no local peer) and outlives a simulated restart, like a broker: keeps every
/// published event. Crash point <c>events.publish:&lt;type&gt;</c> before a publish.
/// </summary>
internal sealed class RecordingEventPublisher(CrashPlan crashes) : IEventPublisher
{
    private readonly Lock _gate = new();
    private readonly List<IntegrationEvent> _events = [];

    public IReadOnlyList<IntegrationEvent> Events
    {
        get
        {
            lock (_gate)
            {
                return [.. _events];
            }
        }
    }

    /// <summary>Published events of <paramref name="type"/>, each id once (what a duplicate-detecting broker delivers).</summary>
    public IReadOnlyList<IntegrationEvent> Distinct(string type) =>
        [.. Events.Where(e => e.Type == type).GroupBy(e => e.Id).Select(group => group.First())];

    public Task PublishAsync(IReadOnlyList<IntegrationEvent> events, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(events);
        foreach (var type in events.Select(e => e.Type).Distinct())
        {
            crashes.Reach($"events.publish:{type}");
        }

        lock (_gate)
        {
            _events.AddRange(events);
        }

        return Task.CompletedTask;
    }
}
