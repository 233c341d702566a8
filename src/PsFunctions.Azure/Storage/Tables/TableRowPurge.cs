using Azure;
using Azure.Data.Tables;

namespace PsFunctions.Azure.Storage.Tables;

/// <summary>
/// Deletes every row a filter selects (a filtered scan reading keys only), in transactions of one partition each.
/// Several instances may purge at once: a row another one deleted first is not counted.
/// </summary>
internal static class TableRowPurge
{
    // A table transaction holds at most 100 operations, all in one partition.
    private const int MaxBatch = 100;

    private static readonly string[] KeyColumns = ["PartitionKey", "RowKey"];

    /// <summary>Deletes the rows <paramref name="filter"/> selects; returns how many this call deleted.</summary>
    public static async Task<int> DeleteAsync(TableClient client, string filter, CancellationToken cancellationToken)
    {
        var batch = new List<TableTransactionAction>(MaxBatch);
        var deleted = 0;
        // Rows come ordered by partition, so a batch is flushed when it is full or the partition changes.
        await foreach (var entity in client.QueryAsync<TableEntity>(filter, MaxBatch, KeyColumns, cancellationToken))
        {
            if (batch.Count == MaxBatch || (batch.Count > 0 && batch[0].Entity.PartitionKey != entity.PartitionKey))
            {
                deleted += await SubmitAsync(client, batch, cancellationToken);
                batch.Clear();
            }

            batch.Add(new TableTransactionAction(TableTransactionActionType.Delete, entity, ETag.All));
        }

        return batch.Count == 0 ? deleted : deleted + await SubmitAsync(client, batch, cancellationToken);
    }

    private static async Task<int> SubmitAsync(TableClient client, List<TableTransactionAction> batch, CancellationToken cancellationToken)
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
