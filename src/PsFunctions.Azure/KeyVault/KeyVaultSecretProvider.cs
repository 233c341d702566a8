using System.Collections.Concurrent;
using Azure;
using Azure.Security.KeyVault.Secrets;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using PowerSchool.Client.Secrets;
using PsFunctions.Azure.Diagnostics;

namespace PsFunctions.Azure.KeyVault;

/// <summary>
/// <see cref="ISecretProvider"/> on Azure Key Vault. Each secret's current version is cached for
/// <see cref="KeyVaultSecretsOptions.CacheTimeToLive"/> (measured on the injected <see cref="TimeProvider"/>),
/// so a rotated secret is picked up at most that long after rotation without a vault call per request.
/// A missing or empty secret throws <see cref="SecretNotFoundException"/> naming it, and the miss is remembered
/// for <see cref="KeyVaultSecretsOptions.MissCacheTimeToLive"/> (a secret that is absent on purpose, such as a
/// webhook source's <c>-previous</c> secret outside a rotation, costs one vault call per that time, not one per
/// request). Other vault failures are not remembered. Values are never logged.
/// </summary>
public sealed class KeyVaultSecretProvider(
    SecretClient client,
    IOptions<KeyVaultSecretsOptions> options,
    TimeProvider timeProvider,
    ILogger<KeyVaultSecretProvider>? logger = null) : ISecretProvider
{
    private readonly ConcurrentDictionary<string, CachedSecret> _cache = new(StringComparer.OrdinalIgnoreCase);
    private readonly ILogger _logger = logger ?? NullLogger<KeyVaultSecretProvider>.Instance;

    public async ValueTask<string> GetSecretAsync(string name, CancellationToken cancellationToken = default)
    {
        CheckName(name);
        var now = timeProvider.GetUtcNow();
        if (_cache.TryGetValue(name, out var cached) && now < cached.ExpiresAt)
        {
            return cached.Value ?? throw new SecretNotFoundException(name);
        }

        try
        {
            var secret = await ReadAsync(name, cancellationToken);
            _cache[name] = new CachedSecret(secret, now + options.Value.CacheTimeToLive);
            return secret;
        }
        catch (SecretNotFoundException)
        {
            _cache[name] = new CachedSecret(null, now + options.Value.MissCacheTimeToLive);
            throw;
        }
    }

    private async Task<string> ReadAsync(string name, CancellationToken cancellationToken)
    {
        try
        {
            var secret = (await client.GetSecretAsync(name, version: null, cancellationToken: cancellationToken)).Value;
            if (string.IsNullOrEmpty(secret.Value))
            {
                throw new SecretNotFoundException(name);
            }

            _logger.SecretRead(name, secret.Properties.Version);
            return secret.Value;
        }
        catch (RequestFailedException exception) when (exception.Status == 404)
        {
            _logger.SecretMissing(name);
            throw new SecretNotFoundException(name, exception);
        }
    }

    // Key Vault secret names: 1–127 characters, ASCII letters, digits and '-'.
    private static void CheckName(string name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        if (name.Length > 127 || !name.All(c => char.IsAsciiLetterOrDigit(c) || c == '-'))
        {
            throw new ArgumentException(
                $"Secret name '{name}' is not a Key Vault secret name (1-127 ASCII letters, digits and '-').", nameof(name));
        }
    }

    /// <summary>A secret's value, or null for a remembered miss, until <paramref name="ExpiresAt"/>.</summary>
    private sealed record CachedSecret(string? Value, DateTimeOffset ExpiresAt);
}
