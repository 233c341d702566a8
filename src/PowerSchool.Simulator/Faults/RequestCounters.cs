using System.Collections.Concurrent;
using PowerSchool.Simulator.Hosting;

namespace PowerSchool.Simulator.Faults;

/// <summary>
/// Requests received per endpoint, keyed by method and route template (<c>POST /ws/v1/student</c>), counted
/// before any fault, so a retried request counts once per round trip; apart, the requests the per-plugin throttle
/// refused. `/_sim/` requests are not counted.
/// </summary>
public sealed class RequestCounters : IResettable
{
    private readonly ConcurrentDictionary<string, long> _counts = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, long> _throttled = new(StringComparer.Ordinal);

    public void Increment(string key) => _counts.AddOrUpdate(key, 1, static (_, count) => count + 1);

    /// <summary>Counts a request of <paramref name="key"/> refused by <c>MinRequestIntervalMs</c>.</summary>
    public void IncrementThrottled(string key) => _throttled.AddOrUpdate(key, 1, static (_, count) => count + 1);

    public long Get(string key) => _counts.GetValueOrDefault(key);

    public IReadOnlyDictionary<string, long> Snapshot() => Sorted(_counts);

    /// <summary>Requests the per-plugin throttle refused, per endpoint.</summary>
    public IReadOnlyDictionary<string, long> ThrottledSnapshot() => Sorted(_throttled);

    public void Reset()
    {
        _counts.Clear();
        _throttled.Clear();
    }

    private static SortedDictionary<string, long> Sorted(ConcurrentDictionary<string, long> counts) =>
        new(counts.ToDictionary(pair => pair.Key, pair => pair.Value), StringComparer.Ordinal);
}
