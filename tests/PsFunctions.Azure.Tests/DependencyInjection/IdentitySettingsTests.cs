using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using PsFunctions.Azure.DependencyInjection;
using PsFunctions.Azure.KeyVault;
using PsFunctions.Azure.ServiceBus;

namespace PsFunctions.Azure.Tests.DependencyInjection;

/// <summary>Service Bus and Key Vault read <c>__credential</c> and <c>__clientId</c> as the storage connection does (the shape the Bicep writes).</summary>
public sealed class IdentitySettingsTests
{
    [Theory]
    [InlineData("ServiceBus")]
    [InlineData("KeyVault")]
    public void Credential_and_client_id_app_settings_reach_the_options(string section)
    {
        var configuration = new ConfigurationBuilder().AddEnvironmentVariables("PSF_IDENTITY_TEST_").AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ServiceBus__FullyQualifiedNamespace".Replace("__", ":", StringComparison.Ordinal)] = "sb-x.servicebus.windows.net",
            ["KeyVault:Uri"] = "https://kv-x.vault.azure.net/",
            [$"{section}:credential"] = "managedidentity",
            [$"{section}:clientId"] = "00000000-0000-0000-0000-000000000042",
        }).Build();
        using var provider = new ServiceCollection().AddLogging().AddAzureAdapters(configuration).BuildServiceProvider();

        var (credential, clientId) = section == "ServiceBus"
            ? Read(provider.GetRequiredService<IOptions<ServiceBusEventsOptions>>().Value)
            : Read(provider.GetRequiredService<IOptions<KeyVaultSecretsOptions>>().Value);

        Assert.Equal(("managedidentity", "00000000-0000-0000-0000-000000000042"), (credential, clientId));
        Assert.Equal(typeof(global::Azure.Identity.ManagedIdentityCredential), AzureCredentials.Create(configuration, clientId, credential).GetType());
    }

    private static (string? Credential, string? ClientId) Read(ServiceBusEventsOptions options) => (options.Credential, options.ClientId);

    private static (string? Credential, string? ClientId) Read(KeyVaultSecretsOptions options) => (options.Credential, options.ClientId);
}
