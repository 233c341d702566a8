using Azure.Data.Tables;
using Azure.Storage.Blobs;
using Azure.Storage.Queues;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using PowerSchool.Client.DependencyInjection;
using PowerSchool.Client.Secrets;
using PsFunctions.Azure.DependencyInjection;
using PsFunctions.Azure.KeyVault;
using PsFunctions.Azure.Storage;
using PsFunctions.Azure.ServiceBus;
using PsFunctions.Sync.Batches;
using PsFunctions.Sync.Events;
using PsFunctions.Sync.Messaging;
using PsFunctions.Sync.Webhooks;
using PsFunctions.Testing;

namespace PsFunctions.Azure.Tests.DependencyInjection;

public sealed class AdapterRegistrationTests(AzuriteFixture azurite) : IClassFixture<AzuriteFixture>
{
    private static IConfiguration Config(params (string Key, string Value)[] settings) =>
        new ConfigurationBuilder().AddInMemoryCollection(settings.Select(s => KeyValuePair.Create(s.Key, (string?)s.Value))).Build();

    private static ServiceProvider Build(Action<IServiceCollection> register)
    {
        var services = new ServiceCollection();
        services.AddLogging();
        register(services);
        return services.BuildServiceProvider();
    }

    private static void ValidateOnStart(IServiceProvider provider) => provider.GetRequiredService<IStartupValidator>().Validate();

    [Fact]
    public async Task Storage_adapters_resolve_from_an_azurite_connection_string_and_work()
    {
        var configuration = Config(("PsStorage", azurite.ConnectionString));
        await using var provider = Build(services => services.AddAzureAdapters(configuration));
        ValidateOnStart(provider);

        var deliveries = provider.GetRequiredService<IDeliveryIdStore>();
        var id = Guid.NewGuid().ToString();
        Assert.True(await deliveries.TryRecordAsync("registration-test", id, default));
        Assert.False(await deliveries.TryRecordAsync("registration-test", id, default));
        var queueName = AzuriteFixture.UniqueName("reg");
        await provider.GetRequiredService<IWorkQueue>().EnqueueAsync(queueName, "{}");
        Assert.Equal(1, await provider.GetRequiredService<IQueueMonitor>().GetApproximateCountAsync(queueName));
    }

    [Fact]
    public async Task A_name_prefix_puts_every_queue_table_and_container_of_the_adapters_under_it()
    {
        var prefix = AzuriteFixture.UniqueName("n");
        var configuration = Config(("PsStorage", azurite.ConnectionString), ("PsStorage:NamePrefix", prefix));
        await using var provider = Build(services => services.AddAzureAdapters(configuration));
        ValidateOnStart(provider);

        await provider.GetRequiredService<IWorkQueue>().EnqueueAsync(WorkQueues.StudentUpserts, "{}");
        await provider.GetRequiredService<IDeliveryIdStore>().TryRecordAsync("prefix-test", "d-1", default);
        await provider.GetRequiredService<IBatchArchive>().SaveAsync("target", "batch", "{}"u8.ToArray());

        var queues = new QueueServiceClient(azurite.ConnectionString);
        Assert.True((await queues.GetQueueClient(prefix + WorkQueues.StudentUpserts).ExistsAsync()).Value);
        Assert.Equal(1, await provider.GetRequiredService<IQueueMonitor>().GetApproximateCountAsync(WorkQueues.StudentUpserts));
        var table = prefix + StorageNames.WebhookDeliveriesTable;
        Assert.Equal(1, await new TableServiceClient(azurite.ConnectionString).QueryAsync(t => t.Name == table).CountAsync());
        Assert.True((await new BlobServiceClient(azurite.ConnectionString).GetBlobContainerClient(prefix + StorageNames.EnrollmentBatchesContainer).ExistsAsync()).Value);
    }

    [Theory]
    [InlineData("Upper")]
    [InlineData("with-dash")]
    [InlineData("1digitfirst")]
    public async Task A_name_prefix_that_is_not_valid_in_every_storage_name_fails_at_start(string prefix)
    {
        await using var provider = Build(services => services.AddAzureAdapters(Config(("PsStorage", azurite.ConnectionString), ("PsStorage:NamePrefix", prefix))));

        var error = Assert.Throws<OptionsValidationException>(() => ValidateOnStart(provider));

        Assert.Contains("PsStorage:NamePrefix", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Storage_without_a_connection_fails_at_start_naming_the_missing_settings()
    {
        await using var provider = Build(services => services.AddAzureAdapters(Config()));

        var error = Assert.Throws<OptionsValidationException>(() => ValidateOnStart(provider));

        Assert.Contains("PsStorage__blobServiceUri is required", error.Message, StringComparison.Ordinal);
        Assert.Contains("PsStorage__tableServiceUri is required", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Storage_with_identity_settings_uses_the_service_uris()
    {
        var configuration = Config(
            ("PsStorage:blobServiceUri", "https://acct.blob.core.windows.net"),
            ("PsStorage:queueServiceUri", "https://acct.queue.core.windows.net"),
            ("PsStorage:tableServiceUri", "https://acct.table.core.windows.net"),
            ("PsStorage:credential", "managedidentity"),
            ("PsStorage:clientId", "00000000-0000-0000-0000-000000000001"));
        await using var provider = Build(services => services.AddAzureAdapters(configuration));
        ValidateOnStart(provider);

        var clients = provider.GetRequiredService<StorageClients>();

        Assert.Equal("acct.blob.core.windows.net", clients.Blobs.Uri.Host);
        Assert.Equal("acct.queue.core.windows.net", clients.Queues.Uri.Host);
        Assert.Equal("acct.table.core.windows.net", clients.Tables.Uri.Host);
    }

    [Fact]
    public async Task Events_without_service_bus_register_no_publisher_so_the_host_chooses()
    {
        await using var provider = Build(services => services.AddAzureAdapters(Config(("PsStorage", azurite.ConnectionString))));

        Assert.Null(provider.GetService<IEventPublisher>());
        Assert.Null(provider.GetService<EventDestination>());
    }

    [Fact]
    public async Task Events_with_a_service_bus_connection_go_to_the_topic()
    {
        using var peer = new AmqpPeer();
        var configuration = Config(("PsStorage", azurite.ConnectionString), ("ServiceBus:ConnectionString", peer.ConnectionString), ("ServiceBus:Topic", "custom-topic"));
        await using var provider = Build(services => services.AddAzureAdapters(configuration));
        ValidateOnStart(provider);

        Assert.IsType<ServiceBusEventPublisher>(provider.GetRequiredService<IEventPublisher>());
        Assert.Equal("custom-topic", provider.GetRequiredService<IOptions<ServiceBusEventsOptions>>().Value.Topic);
        Assert.Equal(new EventDestination("Service Bus topic custom-topic", IsConfigured: true), provider.GetRequiredService<EventDestination>());
    }

    [Fact]
    public async Task Service_bus_namespace_given_as_a_url_fails_at_start()
    {
        var configuration = Config(("PsStorage", azurite.ConnectionString), ("ServiceBus:FullyQualifiedNamespace", "sb://ns.servicebus.windows.net/"));
        await using var provider = Build(services => services.AddAzureAdapters(configuration));

        var error = Assert.Throws<OptionsValidationException>(() => ValidateOnStart(provider));

        Assert.Contains("bare host name", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Secrets_without_a_vault_come_from_configuration()
    {
        var configuration = Config(("Secrets:webhook-sis-secret", "local-value"));
        await using var provider = Build(services => services.AddSingleton(configuration).AddAzureAdapters(configuration));

        var secrets = provider.GetRequiredService<ISecretProvider>();

        Assert.IsType<ConfigurationSecretProvider>(secrets);
        Assert.Equal("local-value", await secrets.GetSecretAsync("webhook-sis-secret"));
    }

    [Fact]
    public async Task Secrets_with_a_vault_come_from_key_vault_even_when_the_client_is_added_after()
    {
        var configuration = Config(("KeyVault:Uri", "https://vault.vault.azure.net/"), ("KeyVault:CacheTimeToLive", "00:01:00"));
        await using var provider = Build(services => services.AddSingleton(configuration).AddAzureAdapters(configuration).AddPowerSchoolSis());

        Assert.IsType<KeyVaultSecretProvider>(provider.GetRequiredService<ISecretProvider>());
        Assert.Equal(TimeSpan.FromMinutes(1), provider.GetRequiredService<IOptions<KeyVaultSecretsOptions>>().Value.CacheTimeToLive);
    }

    [Fact]
    public async Task Secrets_with_a_vault_come_from_key_vault_even_when_the_client_is_added_before()
    {
        var configuration = Config(("KeyVault:Uri", "https://vault.vault.azure.net/"));
        await using var provider = Build(services => services.AddSingleton(configuration).AddPowerSchoolSis().AddAzureAdapters(configuration));

        Assert.IsType<KeyVaultSecretProvider>(provider.GetRequiredService<ISecretProvider>());
    }
}
