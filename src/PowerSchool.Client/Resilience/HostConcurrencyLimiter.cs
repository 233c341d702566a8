using System.Collections.Concurrent;

namespace PowerSchool.Client.Resilience;

/// <summary>
/// One semaphore per PowerSchool host for the whole process: districts share their servers, so every
/// client and every paged read of the process together stay under the configured limit.
/// </summary>
internal sealed class HostConcurrencyLimiter : IDisposable
{
    private readonly ConcurrentDictionary<string, SemaphoreSlim> _hosts = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>The semaphore for <paramref name="host"/>; the first caller's limit wins.</summary>
    public SemaphoreSlim For(string host, int limit) => _hosts.GetOrAdd(host, _ => new SemaphoreSlim(limit, limit));

    public void Dispose()
    {
        foreach (var semaphore in _hosts.Values)
        {
            semaphore.Dispose();
        }
    }
}
