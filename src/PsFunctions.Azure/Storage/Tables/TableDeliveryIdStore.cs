using Azure;
using Azure.Data.Tables;
using PsFunctions.Sync.Webhooks;

namespace PsFunctions.Azure.Storage.Tables;

/// <summary>
/// <see cref="IDeliveryIdStore"/> on the <c>webhookdeliveries</c> table: PartitionKey = source, RowKey =
/// delivery id. Recording is an insert that the service refuses (409) when the row exists, so two
/// concurrent deliveries of one id cannot both win. Purging reads the keys of the expired rows (a filtered
/// scan) and deletes them in transactions of one partition each.
/// </summary>
public sealed class TableDeliveryIdStore(TableClient table) : IDeliveryIdStore
{
    // A table transaction holds at most 100 operations, all in one partition.
    private const int MaxBatch = 100;

    private static readonly string[] KeyColumns = ["PartitionKey", "RowKey"];

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
        var filter = TableClient.CreateQueryFilter($"ReceivedAt lt {receivedBefore}");
        var batch = new List<TableTransactionAction>(MaxBatch);
        var deleted = 0;
        // Rows come ordered by partition, so a batch is flushed when it is full or the partition changes.
        await foreach (var entity in client.QueryAsync<TableEntity>(filter, MaxBatch, KeyColumns, cancellationToken))
        {
            if (batch.Count == MaxBatch || (batch.Count > 0 && batch[0].Entity.PartitionKey != entity.PartitionKey))
            {
                deleted += await DeleteAsync(client, batch, cancellationToken);
                batch.Clear();
            }

            batch.Add(new TableTransactionAction(TableTransactionActionType.Delete, entity, ETag.All));
        }

        return batch.Count == 0 ? deleted : deleted + await DeleteAsync(client, batch, cancellationToken);
    }

    private static async Task<int> DeleteAsync(TableClient client, List<TableTransactionAction> batch, CancellationToken cancellationToken)
    {
        try
        {
            await client.SubmitTransactionAsync(batch, cancellationToken);
            return batch.Count;
        }
        catch (TableTransactionFailedException exception) when (exception.Status == 404)
        {
            // Another instance's purge deleted one of the rows first, failing the whole transaction: delete the
            // rest one by one, counting only the rows this purge removed.
            var deleted = 0;
            foreach (var action in batch)
            {
                try
                {
                    var response = await client.DeleteEntityAsync(action.Entity, ETag.All, cancellationToken);
                    deleted += response.Status == 404 ? 0 : 1;
                }
                catch (RequestFailedException gone) when (gone.Status == 404)
                {
                    // Already deleted.
                }
            }

            return deleted;
        }
    }
}
