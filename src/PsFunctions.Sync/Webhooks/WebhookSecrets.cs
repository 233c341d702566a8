using PowerSchool.Client.Secrets;

namespace PsFunctions.Sync.Webhooks;

/// <summary>
/// The secrets a configured source signs with: <c>webhook-&lt;source&gt;-secret</c> and, during rotation,
/// <c>webhook-&lt;source&gt;-secret-previous</c>. Read only for a configured source whose headers are well formed;
/// a source without a current secret is refused as unknown. Caching (of values and of misses) is the secret
/// provider's (<c>KeyVault:CacheTimeToLive</c>, <c>KeyVault:MissCacheTimeToLive</c>).
/// </summary>
internal sealed class WebhookSecrets(ISecretProvider secrets)
{
    public static string CurrentName(string source) => $"webhook-{source}-secret";

    public static string PreviousName(string source) => $"webhook-{source}-secret-previous";

    /// <summary>The current secret and the previous one (when it exists); null when the source is unknown.</summary>
    public async Task<IReadOnlyList<string>?> GetAsync(string source, CancellationToken cancellationToken)
    {
        var current = await TryGetAsync(CurrentName(source), cancellationToken);
        if (current is null)
        {
            return null;
        }

        var previous = await TryGetAsync(PreviousName(source), cancellationToken);
        return previous is null ? [current] : [current, previous];
    }

    private async Task<string?> TryGetAsync(string name, CancellationToken cancellationToken)
    {
        try
        {
            return await secrets.GetSecretAsync(name, cancellationToken);
        }
        catch (SecretNotFoundException)
        {
            return null;
        }
    }
}
