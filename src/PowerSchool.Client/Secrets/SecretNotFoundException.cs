namespace PowerSchool.Client.Secrets;

/// <summary>A secret the configuration names does not exist (or is empty). Names the secret, never a value.</summary>
public sealed class SecretNotFoundException : Exception
{
    public SecretNotFoundException()
        : this("(unnamed)")
    {
    }

    public SecretNotFoundException(string secretName)
        : base($"The secret '{secretName}' was not found or is empty.")
    {
        SecretName = secretName;
    }

    public SecretNotFoundException(string secretName, Exception innerException)
        : base($"The secret '{secretName}' was not found or is empty.", innerException)
    {
        SecretName = secretName;
    }

    /// <summary>The name that was asked for.</summary>
    public string SecretName { get; } = "(unnamed)";
}
