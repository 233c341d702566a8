using System.Runtime.CompilerServices;
using System.Text.Json;
using Azure.Data.Tables;
using Azure;
using PsFunctions.Sync.Outcomes;

namespace PsFunctions.Azure.Storage.Tables;

/// <summary>
/// <see cref="IRejectionStore"/> on the <c>rejections</c> table: PartitionKey = submission id, RowKey
/// <c>rejection</c>; reasons as a JSON column; the record JSON split over columns <c>RecordJson</c>,
/// <c>RecordJson1</c>, … (<see cref="LongTextColumns"/>) because one string column holds at most 32 K characters. Listing the awaiting
/// ones reads the unresolved rows (a filtered scan; there are few) and orders them oldest first. A superseded rejection
/// moves, in one transaction of its partition, to RowKey <c>superseded-&lt;its batch id&gt;</c> (resolved, with
/// <c>SupersededByBatchId</c>), so the submission's current rejection row is free for a later one.
/// </summary>
public sealed class TableRejectionStore(TableClient table) : IRejectionStore
{
    private const string RowKey = "rejection";
    private const string RecordColumn = "RecordJson";
    private const string SupersededRowKeyPrefix = "superseded-";
    private const string SupersededColumn = "SupersededByBatchId";

    private readonly EnsuredTable _table = new(table);

    public async Task SaveAsync(Rejection rejection, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(rejection);
        var entity = new TableEntity(PartitionKey(rejection.SubmissionId), RowKey)
        {
            ["SubmissionId"] = rejection.SubmissionId,
            ["DeliveryTargetId"] = rejection.DeliveryTargetId,
            ["BatchId"] = rejection.BatchId,
            ["Reasons"] = JsonSerializer.Serialize(rejection.Reasons.ToArray(), TableJsonContext.Default.RejectionReasonArray),
            ["RejectedAt"] = rejection.RejectedAt,
            ["Resolved"] = rejection.Resolved,
        };
        LongTextColumns.Write(entity, RecordColumn, rejection.RecordJson, "Rejection.RecordJson");
        var client = await _table.GetAsync(cancellationToken);
        await client.UpsertEntityAsync(entity, TableUpdateMode.Replace, cancellationToken);
    }

    public async Task<Rejection?> GetAsync(string submissionId, CancellationToken cancellationToken = default)
    {
        var client = await _table.GetAsync(cancellationToken);
        var response = await client.GetEntityIfExistsAsync<TableEntity>(PartitionKey(submissionId), RowKey, cancellationToken: cancellationToken);
        return response.HasValue ? ToRejection(response.Value!) : null;
    }

    public async IAsyncEnumerable<Rejection> ListAwaitingAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var client = await _table.GetAsync(cancellationToken);
        var awaiting = new List<Rejection>();
        await foreach (var entity in client.QueryAsync<TableEntity>("Resolved eq false", cancellationToken: cancellationToken))
        {
            awaiting.Add(ToRejection(entity));
        }

        foreach (var rejection in awaiting.OrderBy(r => r.RejectedAt).ThenBy(r => r.SubmissionId, StringComparer.Ordinal))
        {
            yield return rejection;
        }
    }

    /// <summary>Marks the rejection resolved; a submission without a rejection is left as it is.</summary>
    public async Task MarkResolvedAsync(string submissionId, CancellationToken cancellationToken = default)
    {
        var client = await _table.GetAsync(cancellationToken);
        var update = new TableEntity(PartitionKey(submissionId), RowKey) { ["Resolved"] = true };
        try
        {
            await client.UpdateEntityAsync(update, ETag.All, TableUpdateMode.Merge, cancellationToken);
        }
        catch (RequestFailedException exception) when (exception.Status == 404)
        {
            // Nothing to resolve.
        }
    }

    public async Task<bool> SupersedeAsync(string submissionId, string byBatchId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(byBatchId);
        var client = await _table.GetAsync(cancellationToken);
        var response = await client.GetEntityIfExistsAsync<TableEntity>(PartitionKey(submissionId), RowKey, cancellationToken: cancellationToken);
        if (!response.HasValue || response.Value is not { } current || (current.GetBoolean("Resolved") ?? false)
            || string.Equals(current.GetString("BatchId"), byBatchId, StringComparison.Ordinal))
        {
            return false;
        }

        var superseded = new TableEntity(current.PartitionKey, SupersededRowKeyPrefix + TableKey.Escape(current.GetString("BatchId") ?? "none", "BatchId"));
        foreach (var (name, value) in current.Where(pair => pair.Key is not ("PartitionKey" or "RowKey" or "Timestamp" or "odata.etag")))
        {
            superseded[name] = value;
        }

        superseded["Resolved"] = true;
        superseded[SupersededColumn] = byBatchId;
        try
        {
            await client.SubmitTransactionAsync(
                [new TableTransactionAction(TableTransactionActionType.UpsertReplace, superseded), new TableTransactionAction(TableTransactionActionType.Delete, current, current.ETag)],
                cancellationToken);
        }
        catch (TableTransactionFailedException exception) when (exception.Status is 404 or 412)
        {
            // Another handling moved or replaced it first.
            return false;
        }

        return true;
    }

    public async IAsyncEnumerable<Rejection> ListSupersededAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var client = await _table.GetAsync(cancellationToken);
        var superseded = new List<Rejection>();
        await foreach (var entity in client.QueryAsync<TableEntity>($"{SupersededColumn} ne ''", cancellationToken: cancellationToken))
        {
            superseded.Add(ToRejection(entity));
        }

        foreach (var rejection in superseded.OrderBy(r => r.RejectedAt).ThenBy(r => r.SubmissionId, StringComparer.Ordinal))
        {
            yield return rejection;
        }
    }

    private static string PartitionKey(string submissionId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(submissionId);
        return TableKey.Escape(submissionId, nameof(Rejection.SubmissionId));
    }

    private static Rejection ToRejection(TableEntity entity) => new(
        entity.GetString("SubmissionId"),
        entity.GetString("DeliveryTargetId"),
        entity.GetString("BatchId"),
        LongTextColumns.Read(entity, RecordColumn),
        JsonSerializer.Deserialize(entity.GetString("Reasons") ?? "[]", TableJsonContext.Default.RejectionReasonArray) ?? [],
        entity.GetDateTimeOffset("RejectedAt") ?? default,
        entity.GetBoolean("Resolved") ?? false)
    {
        SupersededByBatchId = entity.GetString(SupersededColumn),
    };
}
