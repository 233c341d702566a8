using Microsoft.Extensions.Configuration;

namespace PowerSchool.Client.Secrets;

/// <summary>Reads secrets from configuration under <c>Secrets:&lt;name&gt;</c> (local development, tests).</summary>
public sealed class ConfigurationSecretProvider(IConfiguration configuration) : ISecretProvider
{
    /// <summary>The configuration section that holds secrets.</summary>
    public const string SectionName = "Secrets";

    public ValueTask<string> GetSecretAsync(string name, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        cancellationToken.ThrowIfCancellationRequested();
        var value = configuration[$"{SectionName}:{name}"];
        if (string.IsNullOrEmpty(value))
        {
            throw new SecretNotFoundException(name);
        }

        return ValueTask.FromResult(value);
    }
}
