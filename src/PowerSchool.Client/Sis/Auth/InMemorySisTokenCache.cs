using System.Collections.Concurrent;

namespace PowerSchool.Client.Sis.Auth;

/// <summary>The default token cache: one token per key in this process.</summary>
public sealed class InMemorySisTokenCache : ISisTokenCache
{
    private readonly ConcurrentDictionary<string, SisAccessToken> _tokens = new(StringComparer.Ordinal);

    public ValueTask<SisAccessToken?> GetAsync(string key, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(_tokens.TryGetValue(key, out var token) ? token : null);

    public ValueTask SetAsync(string key, SisAccessToken token, CancellationToken cancellationToken = default)
    {
        _tokens[key] = token;
        return ValueTask.CompletedTask;
    }

    public ValueTask RemoveAsync(string key, SisAccessToken rejected, CancellationToken cancellationToken = default)
    {
        _tokens.TryRemove(new KeyValuePair<string, SisAccessToken>(key, rejected));
        return ValueTask.CompletedTask;
    }
}
