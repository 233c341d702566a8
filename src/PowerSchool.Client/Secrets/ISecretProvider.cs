namespace PowerSchool.Client.Secrets;

/// <summary>
/// Reads a secret by name. Locally the configuration provider reads <c>Secrets:&lt;name&gt;</c>;
/// in Azure a Key Vault provider reads the vault. Implementations never log or echo values.
/// </summary>
public interface ISecretProvider
{
    /// <summary>Returns the current value of the secret <paramref name="name"/>.</summary>
    /// <exception cref="SecretNotFoundException">The secret does not exist or is empty.</exception>
    ValueTask<string> GetSecretAsync(string name, CancellationToken cancellationToken = default);
}
