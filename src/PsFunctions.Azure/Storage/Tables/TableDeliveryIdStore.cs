using Azure;
using Azure.Data.Tables;
using PsFunctions.Sync.Webhooks;

namespace PsFunctions.Azure.Storage.Tables;

/// <summary>
/// <see cref="IDeliveryIdStore"/> on the <c>webhookdeliveries</c> table: PartitionKey = source, RowKey =
/// delivery id. Recording is an insert that the service refuses (409) when the row exists, so two
/// concurrent deliveries of one id cannot both win. Purging deletes the expired rows (<see cref="TableRowPurge"/>).
/// </summary>
public sealed class TableDeliveryIdStore(TableClient table) : IDeliveryIdStore
{
    private readonly EnsuredTable _table = new(table);

    public async Task<bool> TryRecordAsync(string source, string deliveryId, DateTimeOffset receivedAt, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(source);
        ArgumentException.ThrowIfNullOrWhiteSpace(deliveryId);
        var entity = new TableEntity(TableKey.Escape(source, nameof(source)), TableKey.Escape(deliveryId, nameof(deliveryId)))
        {
            ["ReceivedAt"] = receivedAt,
        };
        var client = await _table.GetAsync(cancellationToken);
        try
        {
            await client.AddEntityAsync(entity, cancellationToken);
            return true;
        }
        catch (RequestFailedException exception) when (exception.Status == 409)
        {
            return false;
        }
    }

    public async Task<int> PurgeAsync(DateTimeOffset receivedBefore, CancellationToken cancellationToken = default)
    {
        var client = await _table.GetAsync(cancellationToken);
        return await TableRowPurge.DeleteAsync(client, TableClient.CreateQueryFilter($"ReceivedAt lt {receivedBefore}"), cancellationToken);
    }
}
