using Azure.Data.Tables;
using Azure.Storage.Blobs;
using Azure.Storage.Queues;
using Microsoft.Extensions.Configuration;
using PsFunctions.Azure.Storage;
using PsFunctions.Azure.Storage.Queues;

namespace PsFunctions.Azure.DependencyInjection;

/// <summary>
/// The three storage service clients of the <c>PsStorage</c> connection, kept apart from any other registration,
/// and the names the adapters give their queues, tables and containers on it (<see cref="StorageNames.Prefixed"/>).
/// </summary>
internal sealed record StorageClients(BlobServiceClient Blobs, QueueServiceClient Queues, TableServiceClient Tables, StorageConnectionOptions Connection)
{
    /// <summary>The app's queues under their configured names.</summary>
    public StorageQueues WorkQueues { get; } = new(Queues, Connection.NamePrefix);

    public TableClient Table(string name) => Tables.GetTableClient(StorageNames.Prefixed(Connection.NamePrefix, name));

    public BlobContainerClient Container(string name) => Blobs.GetBlobContainerClient(StorageNames.Prefixed(Connection.NamePrefix, name));

    public static StorageClients Create(StorageConnectionOptions options, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(options);
        // Base64: the encoding the Functions queue trigger decodes by default (host.json extensions.queues.messageEncoding).
        var queueOptions = new QueueClientOptions { MessageEncoding = QueueMessageEncoding.Base64 };
        if (!string.IsNullOrWhiteSpace(options.ConnectionString))
        {
            return new StorageClients(
                new BlobServiceClient(options.ConnectionString),
                new QueueServiceClient(options.ConnectionString, queueOptions),
                new TableServiceClient(options.ConnectionString),
                options);
        }

        var credential = AzureCredentials.Create(configuration, options.ClientId, options.Credential);
        return new StorageClients(
            new BlobServiceClient(options.BlobServiceUri!, credential),
            new QueueServiceClient(options.QueueServiceUri!, credential, queueOptions),
            new TableServiceClient(options.TableServiceUri!, credential),
            options);
    }
}
