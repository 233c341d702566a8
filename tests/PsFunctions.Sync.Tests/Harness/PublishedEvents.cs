using PsFunctions.Sync.Events;

namespace PsFunctions.Sync.Tests.Harness;

/// <summary>Every event one harness's engine handed to its event sink (and the sink took), oldest first.</summary>
internal sealed class PublishedEvents
{
    private readonly Lock _gate = new();
    private readonly List<IntegrationEvent> _events = [];

    public IReadOnlyList<IntegrationEvent> All
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
        [.. All.Where(e => e.Type == type).GroupBy(e => e.Id).Select(group => group.First())];

    public void Add(IEnumerable<IntegrationEvent> events)
    {
        lock (_gate)
        {
            _events.AddRange(events);
        }
    }
}
