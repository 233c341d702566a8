using Azure.Data.Tables;
using PsFunctions.Sync.ChangeFeed;
using PsFunctions.Sync.Checkpoints;

namespace PsFunctions.Azure.Storage.Tables;

/// <summary><see cref="ICheckpointStore"/> on the <c>syncstate</c> table: PartitionKey <c>checkpoint</c>, RowKey = name, column <c>Value</c>.</summary>
public sealed class TableCheckpointStore(TableClient table) : ICheckpointStore
{
    private const string PartitionKey = "checkpoint";

    private readonly EnsuredTable _table = new(table);

    public async Task<string?> GetAsync(string name, CancellationToken cancellationToken = default)
    {
        var client = await _table.GetAsync(cancellationToken);
        var response = await client.GetEntityIfExistsAsync<TableEntity>(PartitionKey, RowKey(name), cancellationToken: cancellationToken);
        return response.HasValue ? response.Value!.GetString("Value") : null;
    }

    public async Task SetAsync(string name, string value, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(value);
        var entity = new TableEntity(PartitionKey, RowKey(name)) { ["Value"] = value };
        var client = await _table.GetAsync(cancellationToken);
        await client.UpsertEntityAsync(entity, TableUpdateMode.Replace, cancellationToken);
    }

    private static string RowKey(string name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        return TableKey.Escape(name, nameof(name));
    }
}
