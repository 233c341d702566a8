using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace PsFunctions.Azure.DependencyInjection;

/// <summary>The Azure adapters' one entry point.</summary>
public static class AzureAdaptersServiceCollectionExtensions
{
    /// <summary>
    /// Registers the Azure SDK adapters of the sync engine's ports: secrets (Key Vault when <c>KeyVault:Uri</c> is
    /// set, else configuration), Storage on the <c>PsStorage</c> connection (queues, blobs, tables), and the Service
    /// Bus event publisher when Service Bus is configured. Options are validated when the host starts; ports a
    /// caller registered before are kept (the Key Vault secret provider replaces a configuration one).
    /// </summary>
    public static IServiceCollection AddAzureAdapters(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        KeyVaultRegistration.Add(services, configuration);
        StorageRegistration.Add(services, configuration);
        ServiceBusRegistration.Add(services, configuration);
        return services;
    }
}
