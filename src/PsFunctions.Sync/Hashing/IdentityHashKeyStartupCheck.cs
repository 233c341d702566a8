using Microsoft.Extensions.Hosting;

namespace PsFunctions.Sync.Hashing;

/// <summary>
/// Fails host start when the hash key cannot be read or is not a key, so a deployment without it shows at once
/// (naming the secret) instead of at the first upsert or change poll; the key read here is the one kept. The Function App
/// removes this check and reports the missing key as not configured instead (<c>StartWithIncompleteSetup</c>).
/// </summary>
public sealed class IdentityHashKeyStartupCheck(IdentityHashKey key) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) => key.GetAsync(cancellationToken);

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
