using Azure.Security.KeyVault.Secrets;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using PowerSchool.Client.Secrets;
using PsFunctions.Azure.KeyVault;

namespace PsFunctions.Azure.DependencyInjection;

/// <summary>Registers the secret provider: Key Vault when <c>KeyVault:Uri</c> is set, else configuration secrets.</summary>
public static class KeyVaultServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="ISecretProvider"/>: <see cref="KeyVaultSecretProvider"/> (managed identity, cached for
    /// <c>KeyVault:CacheTimeToLive</c>) when <c>KeyVault:Uri</c> is set, otherwise <see cref="ConfigurationSecretProvider"/>
    /// (<c>Secrets:&lt;name&gt;</c>). Call it before the PowerSchool client's <c>AddPowerSchoolSis</c> /
    /// <c>AddPowerSchoolEnrollment</c>, which register the configuration provider when none is registered yet;
    /// with a vault configured, calling it after them throws instead of silently reading secrets from configuration.
    /// </summary>
    public static IServiceCollection AddKeyVaultSecrets(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        var section = configuration.GetSection(KeyVaultSecretsOptions.SectionName);
        if (string.IsNullOrWhiteSpace(section["Uri"]))
        {
            services.TryAddSingleton<ISecretProvider, ConfigurationSecretProvider>();
            return services;
        }

        if (services.Any(d => d.ServiceType == typeof(ISecretProvider) && d.ImplementationType == typeof(ConfigurationSecretProvider)))
        {
            throw new InvalidOperationException(
                "KeyVault:Uri is set but configuration secrets are already registered: call AddKeyVaultSecrets before AddPowerSchoolSis / AddPowerSchoolEnrollment.");
        }

        services.AddValidatedOptions<KeyVaultSecretsOptions>(KeyVaultSecretsOptions.SectionName, section.Bind);
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(sp => new SecretClient(
            sp.GetRequiredService<IOptions<KeyVaultSecretsOptions>>().Value.Uri, AzureCredentials.Create(configuration)));
        services.TryAddSingleton<ISecretProvider>(sp => new KeyVaultSecretProvider(
            sp.GetRequiredService<SecretClient>(),
            sp.GetRequiredService<IOptions<KeyVaultSecretsOptions>>(),
            sp.GetRequiredService<TimeProvider>(),
            sp.GetService<ILogger<KeyVaultSecretProvider>>()));
        return services;
    }
}
