using System.ComponentModel.DataAnnotations;

namespace PsFunctions.Azure.KeyVault;

/// <summary>Key Vault settings (configuration section <c>KeyVault</c>).</summary>
public sealed class KeyVaultSecretsOptions : IValidatableObject
{
    public const string SectionName = "KeyVault";

    /// <summary><c>KeyVault:Uri</c>: the vault, <c>https://&lt;name&gt;.vault.azure.net/</c>.</summary>
    [Required(ErrorMessage = "KeyVault:Uri is required (https://<vault>.vault.azure.net/).")]
    public Uri? Uri { get; set; }

    /// <summary><c>KeyVault:CacheTimeToLive</c>: how long a read secret is reused before the vault is asked again (a rotated value shows after at most this long).</summary>
    [Range(typeof(TimeSpan), "00:00:00", "1.00:00:00", ErrorMessage = "KeyVault:CacheTimeToLive must be between 00:00:00 and 1.00:00:00.")]
    public TimeSpan CacheTimeToLive { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>
    /// <c>KeyVault:MissCacheTimeToLive</c>: how long a secret found missing is reported missing without asking the vault
    /// again (a secret created meanwhile shows after at most this long).
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00", "01:00:00", ErrorMessage = "KeyVault:MissCacheTimeToLive must be between 00:00:00 and 01:00:00.")]
    public TimeSpan MissCacheTimeToLive { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary><c>KeyVault:credential</c> (<c>KeyVault__credential</c> in Azure): <c>managedidentity</c> uses only the managed identity, as the storage connection does; anything else DefaultAzureCredential.</summary>
    public string? Credential { get; set; }

    /// <summary><c>KeyVault:clientId</c>: client id of the user-assigned identity (falls back to <c>AZURE_CLIENT_ID</c>).</summary>
    public string? ClientId { get; set; }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (Uri is { } uri && (!uri.IsAbsoluteUri || uri.Scheme != System.Uri.UriSchemeHttps))
        {
            yield return new ValidationResult("KeyVault:Uri must be an absolute https URI.", [nameof(Uri)]);
        }
    }
}
