using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using PowerSchool.Client.DependencyInjection;
using PsFunctions.Sync.ChangeFeed;
using PsFunctions.Sync.Documents;
using PsFunctions.Sync.Enrollment;
using PsFunctions.Sync.Mapping;
using PsFunctions.Sync.Messaging;
using PsFunctions.Sync.Status;
using PsFunctions.Sync.Students;
using PsFunctions.Sync.Webhooks;

namespace PsFunctions.Azure.DependencyInjection;

/// <summary>
/// The whole product as both hosts run it: secrets (Key Vault, or configuration locally), the PowerSchool
/// clients, the Azure adapters (Storage with managed identity or a connection string, Service Bus or the local
/// event sink) and every capability of the sync engine. The Function App and the local runner call only this.
/// </summary>
public static class PsFunctionsServiceCollectionExtensions
{
    public static IServiceCollection AddPsFunctions(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);

        // Secrets first: the PowerSchool clients take the provider registered before them.
        services.AddKeyVaultSecrets(configuration);
        services.AddPowerSchoolSis();
        services.AddPowerSchoolEnrollment();

        services.AddAzureStorageAdapters(configuration);
        services.AddServiceBusEvents(configuration);

        services.AddStudentMapping();
        services.AddEnrollmentIntake();
        services.AddStudentUpserts();
        services.AddDocumentMirror();
        services.AddSisChangeFeed();
        services.AddSyncStatus();
        services.AddWebhookReceiver();
        services.AddWebhookCommands();
        services.AddWorkDispatch();
        return services;
    }
}
