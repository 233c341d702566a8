using System.Runtime.CompilerServices;
using Azure;
using Azure.Data.Tables;
using PsFunctions.Sync.Outcomes;

namespace PsFunctions.Azure.Storage.Tables;

/// <summary>
/// <see cref="IAttentionStore"/> on the <c>attention</c> table (same account and protection as <c>rejections</c>):
/// PartitionKey = the item's id, RowKey <c>item</c>; the SIS and requested values in their own columns (student data:
/// read by operators, never logged). Adding is an insert that keeps an existing row (409), so a retry never reopens a
/// resolved item. Resolving is conditional on the row's ETag. Listing the open ones is a filtered scan (there are few),
/// ordered oldest first.
/// </summary>
public sealed class TableAttentionStore(TableClient table) : IAttentionStore
{
    private const string RowKey = "item";

    private readonly EnsuredTable _table = new(table);

    public async Task<bool> AddAsync(AttentionItem item, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(item);
        var client = await _table.GetAsync(cancellationToken);
        try
        {
            await client.AddEntityAsync(ToEntity(item), cancellationToken);
            return true;
        }
        catch (RequestFailedException exception) when (exception.Status == 409)
        {
            return false;
        }
    }

    public async Task<AttentionItem?> GetAsync(string id, CancellationToken cancellationToken = default)
    {
        var client = await _table.GetAsync(cancellationToken);
        var response = await client.GetEntityIfExistsAsync<TableEntity>(PartitionKey(id), RowKey, cancellationToken: cancellationToken);
        return response.HasValue ? ToItem(response.Value!) : null;
    }

    public async IAsyncEnumerable<AttentionItem> ListOpenAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var client = await _table.GetAsync(cancellationToken);
        var open = new List<AttentionItem>();
        await foreach (var entity in client.QueryAsync<TableEntity>("Resolved eq false", cancellationToken: cancellationToken))
        {
            open.Add(ToItem(entity));
        }

        foreach (var item in open.OrderBy(item => item.CreatedAt).ThenBy(item => item.Id, StringComparer.Ordinal))
        {
            yield return item;
        }
    }

    public async Task<bool> ResolveAsync(string id, AttentionResolution resolution, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(resolution);
        var client = await _table.GetAsync(cancellationToken);
        var response = await client.GetEntityIfExistsAsync<TableEntity>(PartitionKey(id), RowKey, cancellationToken: cancellationToken);
        if (!response.HasValue || response.Value!.GetBoolean("Resolved") == true)
        {
            return false;
        }

        var update = new TableEntity(PartitionKey(id), RowKey)
        {
            ["Resolved"] = true,
            ["ResolvedAt"] = resolution.ResolvedAt,
            ["ResolvedBy"] = resolution.ResolvedBy,
            ["ResolutionNote"] = resolution.Note,
        };
        try
        {
            await client.UpdateEntityAsync(update, response.Value.ETag, TableUpdateMode.Merge, cancellationToken);
            return true;
        }
        catch (RequestFailedException exception) when (exception.Status == 412)
        {
            // Someone resolved it in between: theirs stands.
            return false;
        }
    }

    private static string PartitionKey(string id)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        return TableKey.Escape(id, nameof(AttentionItem.Id));
    }

    private static TableEntity ToEntity(AttentionItem item) => new(PartitionKey(item.Id), RowKey)
    {
        ["Id"] = item.Id,
        ["SubmissionId"] = item.SubmissionId,
        ["DeliveryTargetId"] = item.DeliveryTargetId,
        ["BatchId"] = item.BatchId,
        ["Dcid"] = item.Dcid,
        ["Field"] = item.Field,
        ["Kind"] = item.Kind.ToString(),
        ["SisValue"] = item.SisValue,
        ["RequestedValue"] = item.RequestedValue,
        ["Problem"] = item.Problem,
        ["Rule"] = item.Rule,
        ["CreatedAt"] = item.CreatedAt,
        ["Resolved"] = item.Resolution is not null,
        ["ResolvedAt"] = item.Resolution?.ResolvedAt,
        ["ResolvedBy"] = item.Resolution?.ResolvedBy,
        ["ResolutionNote"] = item.Resolution?.Note,
    };

    private static AttentionItem ToItem(TableEntity entity) => new(
        entity.GetString("Id"),
        entity.GetString("SubmissionId"),
        entity.GetString("DeliveryTargetId"),
        entity.GetString("BatchId"),
        entity.GetInt64("Dcid") ?? 0,
        entity.GetString("Field"),
        Enum.TryParse<AttentionKind>(entity.GetString("Kind"), out var kind) ? kind : AttentionKind.Flagged,
        entity.GetString("SisValue"),
        entity.GetString("RequestedValue"),
        entity.GetString("Problem"),
        entity.GetString("Rule"),
        entity.GetDateTimeOffset("CreatedAt") ?? default,
        entity.GetBoolean("Resolved") == true
            ? new AttentionResolution(
                entity.GetDateTimeOffset("ResolvedAt") ?? default, entity.GetString("ResolvedBy") ?? string.Empty, entity.GetString("ResolutionNote") ?? string.Empty)
            : null);
}
