using PowerSchool.Client.Secrets;

namespace PsFunctions.Sync.Hashing;

/// <summary>
/// The deployment's hash key, secret <see cref="SecretName"/> (Key Vault in Azure, <c>Secrets:psfunctions-hash-key</c>
/// locally), read through <see cref="ISecretProvider"/> once per process and kept. The app only reads it: the
/// deployment creates it (docs/configuration.md gives its format). A read that fails (secret missing, vault
/// unreachable) is not kept, so the next call asks again.
/// </summary>
public sealed class IdentityHashKey(ISecretProvider secrets)
{
    /// <summary>The name of the secret that holds the key.</summary>
    public const string SecretName = "psfunctions-hash-key";

    private Task<IdentityHasher>? _loading;

    /// <summary>The hasher under the key.</summary>
    /// <exception cref="SecretNotFoundException">The secret does not exist.</exception>
    /// <exception cref="FormatException">The secret is not base64 of at least <see cref="IdentityHasher.MinimumKeyBytes"/> bytes.</exception>
    public Task<IdentityHasher> GetAsync(CancellationToken cancellationToken = default)
    {
        var loading = Volatile.Read(ref _loading);
        if (loading is null || loading.IsFaulted || loading.IsCanceled)
        {
            // One read for every caller; it runs without a caller's token, so one cancelled caller does not fail the rest.
            var fresh = LoadAsync();
            loading = Interlocked.CompareExchange(ref _loading, fresh, loading) == loading ? fresh : Volatile.Read(ref _loading)!;
        }

        return loading.WaitAsync(cancellationToken);
    }

    private async Task<IdentityHasher> LoadAsync() =>
        IdentityHasher.FromSecret(await secrets.GetSecretAsync(SecretName, CancellationToken.None).ConfigureAwait(false));
}
