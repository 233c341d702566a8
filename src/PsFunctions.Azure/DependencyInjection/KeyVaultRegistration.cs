using Azure.Security.KeyVault.Secrets;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using PowerSchool.Client.Secrets;
using PsFunctions.Azure.KeyVault;

namespace PsFunctions.Azure.DependencyInjection;

/// <summary>The secret provider: Key Vault when <c>KeyVault:Uri</c> is set, else configuration secrets.</summary>
internal static class KeyVaultRegistration
{
    /// <summary>
    /// Registers <see cref="KeyVaultSecretProvider"/> (managed identity, cached for <c>KeyVault:CacheTimeToLive</c>) when
    /// <c>KeyVault:Uri</c> is set, replacing any provider registered before; otherwise <see cref="ConfigurationSecretProvider"/>
    /// (<c>Secrets:&lt;name&gt;</c>) unless one is registered. Order with the PowerSchool clients does not matter.
    /// </summary>
    public static void Add(IServiceCollection services, IConfiguration configuration)
    {
        var section = configuration.GetSection(KeyVaultSecretsOptions.SectionName);
        if (string.IsNullOrWhiteSpace(section["Uri"]))
        {
            services.TryAddSingleton<ISecretProvider, ConfigurationSecretProvider>();
            return;
        }

        services.AddOptions<KeyVaultSecretsOptions>().Bind(section).ValidateDataAnnotations().ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(provider =>
        {
            var vault = provider.GetRequiredService<IOptions<KeyVaultSecretsOptions>>().Value;
            return new SecretClient(vault.Uri, AzureCredentials.Create(configuration, vault.ClientId, vault.Credential));
        });
        services.Replace(ServiceDescriptor.Singleton<ISecretProvider, KeyVaultSecretProvider>());
    }
}
