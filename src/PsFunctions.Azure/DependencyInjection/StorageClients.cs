using Azure.Data.Tables;
using Azure.Storage.Blobs;
using Azure.Storage.Queues;
using Microsoft.Extensions.Configuration;
using PsFunctions.Azure.Storage;

namespace PsFunctions.Azure.DependencyInjection;

/// <summary>The three storage service clients of the <c>PsStorage</c> connection, kept apart from any other registration.</summary>
internal sealed record StorageClients(BlobServiceClient Blobs, QueueServiceClient Queues, TableServiceClient Tables)
{
    public static StorageClients Create(StorageConnectionOptions options, IConfiguration configuration)
    {
        // Base64: the encoding the Functions queue trigger decodes by default (host.json extensions.queues.messageEncoding).
        var queueOptions = new QueueClientOptions { MessageEncoding = QueueMessageEncoding.Base64 };
        if (!string.IsNullOrWhiteSpace(options.ConnectionString))
        {
            return new StorageClients(
                new BlobServiceClient(options.ConnectionString),
                new QueueServiceClient(options.ConnectionString, queueOptions),
                new TableServiceClient(options.ConnectionString));
        }

        var credential = AzureCredentials.Create(configuration, options.ClientId, options.Credential);
        return new StorageClients(
            new BlobServiceClient(options.BlobServiceUri!, credential),
            new QueueServiceClient(options.QueueServiceUri!, credential, queueOptions),
            new TableServiceClient(options.TableServiceUri!, credential));
    }
}
