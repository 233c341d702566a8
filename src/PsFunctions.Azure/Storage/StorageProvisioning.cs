using Azure.Storage.Blobs.Models;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using PsFunctions.Azure.DependencyInjection;
using PsFunctions.Sync.Messaging;

namespace PsFunctions.Azure.Storage;

/// <summary>
/// Creates, once at start-up, every queue the engine has a handler for and its poison queue, and every container and
/// table the adapters use (under the connection's name prefix). It runs in <see cref="StartingAsync"/>, before any
/// hosted service starts, so the Functions worker has not yet told the host its functions and no queue listener polls
/// a queue that is not there. The Bicep creates the same resources; this makes a fresh account (Azurite, a new
/// deployment slot) work too. A resource that cannot be created is logged and left to the adapter's own create on
/// first use: a storage hiccup at start-up does not keep the app down. With the storage connection not configured
/// (a Function App started with an incomplete setup) nothing is ensured and the setup check reports the settings.
/// </summary>
internal sealed class StorageProvisioning(IServiceProvider services, ILogger<StorageProvisioning> logger) : IHostedLifecycleService
{
    /// <summary>The names created, as <c>(kind, name)</c> (the dispatcher is resolved on use: it needs the storage connection).</summary>
    public IReadOnlyList<(string Kind, string Name)> Resources =>
    [
        .. services.GetRequiredService<WorkDispatcher>().Queues.SelectMany(queue => (string[])[queue, WorkQueues.PoisonOf(queue)]).Select(queue => ("queue", queue)),
        .. StorageNames.Containers.Select(container => ("container", container)),
        .. StorageNames.Tables.Select(table => ("table", table)),
    ];

    public async Task StartingAsync(CancellationToken cancellationToken)
    {
        StorageClients clients;
        try
        {
            clients = services.GetRequiredService<StorageClients>();
        }
        catch (OptionsValidationException)
        {
            StorageProvisioningLog.NotConfigured(logger);
            return;
        }

        var results = await Task.WhenAll(Resources.Select(resource => CreateAsync(clients, resource.Kind, resource.Name, cancellationToken)));
        var created = results.Count(ok => ok);
        StorageProvisioningLog.Ensured(logger, created, results.Length);
    }

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private async Task<bool> CreateAsync(StorageClients clients, string kind, string name, CancellationToken cancellationToken)
    {
        try
        {
            await (kind switch
            {
                "queue" => clients.WorkQueues.Get(name).CreateIfNotExistsAsync(cancellationToken: cancellationToken),
                "container" => clients.Container(name).CreateIfNotExistsAsync(PublicAccessType.None, cancellationToken: cancellationToken),
                _ => (Task)clients.Table(name).CreateIfNotExistsAsync(cancellationToken),
            });
            return true;
        }
        catch (Exception error) when (error is global::Azure.RequestFailedException or HttpRequestException or AggregateException or global::Azure.Identity.AuthenticationFailedException)
        {
            StorageProvisioningLog.NotCreated(logger, kind, name, error.GetType().Name);
            return false;
        }
    }
}
