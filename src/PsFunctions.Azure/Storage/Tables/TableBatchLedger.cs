using System.Globalization;
using System.Runtime.CompilerServices;
using Azure.Data.Tables;
using PsFunctions.Sync.Enrollment;

namespace PsFunctions.Azure.Storage.Tables;

/// <summary>
/// <see cref="IBatchLedger"/> on the <c>batchledger</c> table. One partition per delivery target holds its
/// batches (RowKey <c>batch-&lt;batch id&gt;</c>) and its runs (RowKey <c>run-&lt;inverted start ticks&gt;</c>,
/// so the service returns runs newest first; a run is identified by its target and start time).
/// </summary>
public sealed class TableBatchLedger(TableClient table) : IBatchLedger
{
    private const string BatchPrefix = "batch-";
    private const string RunPrefix = "run-";

    private readonly EnsuredTable _table = new(table);

    public async Task SaveAsync(BatchRecord batch, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(batch);
        var entity = new TableEntity(PartitionKey(batch.DeliveryTargetId), BatchRowKey(batch.BatchId))
        {
            ["DeliveryTargetId"] = batch.DeliveryTargetId,
            ["BatchId"] = batch.BatchId,
            ["State"] = batch.State.ToString(),
            ["RecordCount"] = batch.RecordCount,
            ["MessagesEnqueued"] = batch.MessagesEnqueued,
            ["CreatedAt"] = batch.CreatedAt,
            ["UpdatedAt"] = batch.UpdatedAt,
        };
        var client = await _table.GetAsync(cancellationToken);
        await client.UpsertEntityAsync(entity, TableUpdateMode.Replace, cancellationToken);
    }

    public async Task<BatchRecord?> GetAsync(string deliveryTargetId, string batchId, CancellationToken cancellationToken = default)
    {
        var client = await _table.GetAsync(cancellationToken);
        var response = await client.GetEntityIfExistsAsync<TableEntity>(
            PartitionKey(deliveryTargetId), BatchRowKey(batchId), cancellationToken: cancellationToken);
        return response.HasValue ? ToBatch(response.Value!) : null;
    }

    public async IAsyncEnumerable<BatchRecord> ListAsync(
        string deliveryTargetId, BatchState state, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var partitionKey = PartitionKey(deliveryTargetId);
        var stateName = state.ToString();
        var filter = TableClient.CreateQueryFilter(
            $"PartitionKey eq {partitionKey} and RowKey ge {BatchPrefix} and RowKey lt {RangeEnd(BatchPrefix)} and State eq {stateName}");
        var client = await _table.GetAsync(cancellationToken);
        await foreach (var entity in client.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken))
        {
            yield return ToBatch(entity);
        }
    }

    public async Task RecordRunAsync(IntakeRun run, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(run);
        var entity = new TableEntity(PartitionKey(run.DeliveryTargetId), RunRowKey(run.StartedAt))
        {
            ["DeliveryTargetId"] = run.DeliveryTargetId,
            ["StartedAt"] = run.StartedAt,
            ["FinishedAt"] = run.FinishedAt,
            ["BatchId"] = run.BatchId,
            ["RecordCount"] = run.RecordCount,
            ["RecoveredBatches"] = run.RecoveredBatches,
            ["Outcome"] = run.Outcome,
        };
        var client = await _table.GetAsync(cancellationToken);
        await client.UpsertEntityAsync(entity, TableUpdateMode.Replace, cancellationToken);
    }

    public async IAsyncEnumerable<IntakeRun> ListRunsSinceAsync(
        string deliveryTargetId, DateTimeOffset since, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        // Run keys are inverted start ticks: every run that started at or after `since` sorts at or before its key.
        var partitionKey = PartitionKey(deliveryTargetId);
        var filter = TableClient.CreateQueryFilter(
            $"PartitionKey eq {partitionKey} and RowKey ge {RunPrefix} and RowKey le {RunRowKey(since)}");
        var client = await _table.GetAsync(cancellationToken);
        await foreach (var entity in client.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken))
        {
            yield return ToRun(entity);
        }
    }

    public async Task<IReadOnlyList<IntakeRun>> GetLastRunsAsync(string deliveryTargetId, int count, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(count);
        var partitionKey = PartitionKey(deliveryTargetId);
        var filter = TableClient.CreateQueryFilter(
            $"PartitionKey eq {partitionKey} and RowKey ge {RunPrefix} and RowKey lt {RangeEnd(RunPrefix)}");
        var client = await _table.GetAsync(cancellationToken);
        var runs = new List<IntakeRun>(Math.Min(count, 1000));
        await foreach (var entity in client.QueryAsync<TableEntity>(filter, Math.Min(count, 1000), cancellationToken: cancellationToken))
        {
            runs.Add(ToRun(entity));
            if (runs.Count == count)
            {
                break;
            }
        }

        return runs;
    }

    private static string PartitionKey(string deliveryTargetId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(deliveryTargetId);
        return TableKey.Escape(deliveryTargetId, nameof(BatchRecord.DeliveryTargetId));
    }

    private static string BatchRowKey(string batchId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(batchId);
        return BatchPrefix + TableKey.Escape(batchId, nameof(BatchRecord.BatchId));
    }

    private static string RunRowKey(DateTimeOffset startedAt) =>
        RunPrefix + (DateTimeOffset.MaxValue.UtcTicks - startedAt.UtcTicks).ToString("D19", CultureInfo.InvariantCulture);

    // "batch-" ≤ key < "batch." selects every key with the prefix ('.' follows '-').
    private static string RangeEnd(string prefix) => prefix[..^1] + (char)(prefix[^1] + 1);

    private static BatchRecord ToBatch(TableEntity entity) => new(
        entity.GetString("DeliveryTargetId"),
        entity.GetString("BatchId"),
        Enum.Parse<BatchState>(entity.GetString("State")),
        entity.GetInt32("RecordCount") ?? 0,
        entity.GetInt32("MessagesEnqueued") ?? 0,
        entity.GetDateTimeOffset("CreatedAt") ?? default,
        entity.GetDateTimeOffset("UpdatedAt") ?? default);

    private static IntakeRun ToRun(TableEntity entity) => new(
        entity.GetString("DeliveryTargetId"),
        entity.GetDateTimeOffset("StartedAt") ?? default,
        entity.GetDateTimeOffset("FinishedAt") ?? default,
        entity.GetString("BatchId"),
        entity.GetInt32("RecordCount") ?? 0,
        entity.GetInt32("RecoveredBatches") ?? 0,
        entity.GetString("Outcome"));
}
