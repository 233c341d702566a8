using System.Collections.Concurrent;
using PowerSchool.Client.Secrets;

namespace PsFunctions.Sync.Tests.Harness;

/// <summary>An <see cref="ISecretProvider"/> around another that counts the reads of each secret name (the vault calls a request costs).</summary>
internal sealed class CountingSecretProvider(ISecretProvider inner) : ISecretProvider
{
    private readonly ConcurrentDictionary<string, int> _reads = new(StringComparer.Ordinal);

    /// <summary>Reads of every name so far.</summary>
    public int Total => _reads.Values.Sum();

    /// <summary>Reads of <paramref name="name"/> so far.</summary>
    public int ReadsOf(string name) => _reads.GetValueOrDefault(name);

    public ValueTask<string> GetSecretAsync(string name, CancellationToken cancellationToken = default)
    {
        _reads.AddOrUpdate(name, 1, (_, count) => count + 1);
        return inner.GetSecretAsync(name, cancellationToken);
    }
}
