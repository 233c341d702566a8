using System.Text.RegularExpressions;
using Azure.Data.Tables;
using Azure.Storage.Blobs;
using Azure.Storage.Queues;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using PsFunctions.Azure.DependencyInjection;
using PsFunctions.Azure.Storage;
using PsFunctions.Sync.Hosting;
using PsFunctions.Sync.Messaging;
using PsFunctions.Testing;

namespace PsFunctions.Azure.Tests.Storage;

/// <summary>Every queue, poison queue, container and table exists before a host listens: ensured at start-up and created by the Bicep.</summary>
public sealed partial class StorageProvisioningTests(AzuriteFixture azurite) : IClassFixture<AzuriteFixture>
{
    [Fact]
    public async Task Starting_the_host_creates_every_queue_and_its_poison_queue_every_container_and_every_table()
    {
        var prefix = AzuriteFixture.UniqueName("prov");
        await using var provider = Build(prefix);

        await StartingAsync(provider);

        var queues = new QueueServiceClient(azurite.ConnectionString);
        foreach (var queue in provider.GetRequiredService<WorkDispatcher>().Queues.SelectMany(queue => (string[])[queue, WorkQueues.PoisonOf(queue)]))
        {
            Assert.True((await queues.GetQueueClient(prefix + queue).ExistsAsync()).Value, $"queue {queue} was not created");
        }

        var blobs = new BlobServiceClient(azurite.ConnectionString);
        foreach (var container in StorageNames.Containers)
        {
            Assert.True((await blobs.GetBlobContainerClient(prefix + container).ExistsAsync()).Value, $"container {container} was not created");
        }

        var tables = new TableServiceClient(azurite.ConnectionString);
        foreach (var table in StorageNames.Tables)
        {
            Assert.NotEmpty(await tables.QueryAsync(item => item.Name == prefix + table).ToListAsync());
        }
    }

    [Fact]
    public async Task Starting_again_over_existing_storage_succeeds_and_keeps_what_is_there()
    {
        var prefix = AzuriteFixture.UniqueName("prov");
        await using var provider = Build(prefix);
        await StartingAsync(provider);
        var queue = new QueueClient(azurite.ConnectionString, prefix + WorkQueues.StudentUpserts);
        await queue.SendMessageAsync("kept");

        await StartingAsync(provider);

        Assert.Equal(1, (await queue.GetPropertiesAsync()).Value.ApproximateMessagesCount);
    }

    [Fact]
    public async Task The_bicep_creates_the_same_queues_containers_and_tables()
    {
        await using var provider = Build(AzuriteFixture.UniqueName("prov"));
        var provisioning = provider.GetServices<IHostedService>().OfType<StorageProvisioning>().Single();
        var storage = await File.ReadAllTextAsync(RepositoryRoot.File("infra/app/storage.bicep"));
        var main = await File.ReadAllTextAsync(RepositoryRoot.File("infra/main.bicep"));

        Assert.Equal(Names(provisioning, "queue"), BicepList(storage, "param queueNames string[] ="));
        // The app's containers are named in main.bicep, which also scopes the app's blob role to them.
        Assert.Equal(Names(provisioning, "container"), BicepList(main, "var appContainerNames ="));
        Assert.Equal(Names(provisioning, "table"), BicepList(storage, "param tableNames string[] ="));
    }

    private ServiceProvider Build(string prefix)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(
        [
            new("PsStorage", azurite.ConnectionString),
            new("PsStorage:NamePrefix", prefix),
        ]).Build();
        return new ServiceCollection().AddLogging().AddSingleton<IConfiguration>(configuration).AddAzureAdapters(configuration).AddSyncEngine().BuildServiceProvider();
    }

    // What the host does first: every lifecycle service's StartingAsync, before any StartAsync.
    private static async Task StartingAsync(IServiceProvider provider)
    {
        foreach (var service in provider.GetServices<IHostedService>().OfType<IHostedLifecycleService>())
        {
            await service.StartingAsync(CancellationToken.None);
        }
    }

    private static string[] Names(StorageProvisioning provisioning, string kind) =>
        [.. provisioning.Resources.Where(resource => resource.Kind == kind).Select(resource => resource.Name).Order(StringComparer.Ordinal)];

    private static string[] BicepList(string bicep, string declaration)
    {
        var list = Regex.Match(bicep, Regex.Escape(declaration) + @" \[(?<items>[^\]]*)\]");
        Assert.True(list.Success, $"The Bicep has no list declared as '{declaration} [...]'");
        return [.. QuotedName().Matches(list.Groups["items"].Value).Select(match => match.Groups[1].Value).Order(StringComparer.Ordinal)];
    }

    [GeneratedRegex("'([a-z0-9-]+)'")]
    private static partial Regex QuotedName();
}
