using System.Collections.Concurrent;
using PowerSchool.Simulator.Hosting;

namespace PowerSchool.Simulator.Faults;

/// <summary>
/// Requests received per endpoint, keyed by method and route template (<c>POST /ws/v1/student</c>), counted
/// before any fault, so a retried request counts once per round trip. `/_sim/` requests are not counted.
/// </summary>
public sealed class RequestCounters : IResettable
{
    private readonly ConcurrentDictionary<string, long> _counts = new(StringComparer.Ordinal);

    public void Increment(string key) => _counts.AddOrUpdate(key, 1, static (_, count) => count + 1);

    public long Get(string key) => _counts.GetValueOrDefault(key);

    public IReadOnlyDictionary<string, long> Snapshot() =>
        new SortedDictionary<string, long>(_counts.ToDictionary(pair => pair.Key, pair => pair.Value), StringComparer.Ordinal);

    public void Reset() => _counts.Clear();
}
