using Azure.Data.Tables;
using PsFunctions.Sync.Students;

namespace PsFunctions.Azure.Storage.Tables;

/// <summary>
/// <see cref="IUpsertLedger"/> on the <c>upsertledger</c> table: PartitionKey = submission id, one row per version,
/// RowKey <c>v-&lt;fingerprint&gt;</c>, and RowKey <c>upsert</c> for the unversioned entry (what the ledger wrote before it
/// knew versions, read as it was written; and webhook commands). Reading a submission reads its one partition.
/// </summary>
public sealed class TableUpsertLedger(TableClient table) : IUpsertLedger
{
    /// <summary>The row of the unversioned entry: the one row per submission of ledgers written before versions.</summary>
    public const string UnversionedRowKey = "upsert";

    /// <summary>The prefix of a version's row key, before its content fingerprint.</summary>
    public const string VersionRowKeyPrefix = "v-";

    private readonly EnsuredTable _table = new(table);

    public async Task<UpsertLedgerEntry?> GetAsync(string submissionId, CancellationToken cancellationToken = default)
    {
        var versions = await GetVersionsAsync(submissionId, cancellationToken);
        return versions.Count == 0 ? null : versions[^1];
    }

    public async Task<IReadOnlyList<UpsertLedgerEntry>> GetVersionsAsync(string submissionId, CancellationToken cancellationToken = default)
    {
        var partition = PartitionKey(submissionId);
        var client = await _table.GetAsync(cancellationToken);
        var entries = new List<UpsertLedgerEntry>();
        await foreach (var entity in client.QueryAsync<TableEntity>(entity => entity.PartitionKey == partition, cancellationToken: cancellationToken))
        {
            entries.Add(ToEntry(entity));
        }

        return [.. entries.OrderBy(entry => entry.UpdatedAt)];
    }

    public async Task SaveAsync(UpsertLedgerEntry entry, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(entry);
        ArgumentException.ThrowIfNullOrWhiteSpace(entry.ClientUid, "entry.ClientUid");
        var entity = new TableEntity(PartitionKey(entry.SubmissionId), RowKey(entry.Fingerprint))
        {
            ["SubmissionId"] = entry.SubmissionId,
            ["ClientUid"] = entry.ClientUid,
            ["State"] = entry.State.ToString(),
            ["Action"] = entry.Action,
            ["Dcid"] = entry.Dcid,
            ["UpdatedAt"] = entry.UpdatedAt,
            ["Fingerprint"] = entry.Fingerprint,
            ["DeliveryTargetId"] = entry.DeliveryTargetId,
            ["BatchId"] = entry.BatchId,
            ["DeliveredAt"] = entry.DeliveredAt,
        };
        var client = await _table.GetAsync(cancellationToken);
        await client.UpsertEntityAsync(entity, TableUpdateMode.Replace, cancellationToken);
    }

    // A legacy row has only the first six columns: the others read as null.
    private static UpsertLedgerEntry ToEntry(TableEntity entity) => new(
        entity.GetString("SubmissionId"),
        entity.GetString("ClientUid"),
        Enum.Parse<UpsertState>(entity.GetString("State")),
        entity.GetString("Action"),
        entity.GetInt64("Dcid"),
        entity.GetDateTimeOffset("UpdatedAt") ?? default,
        entity.GetString("Fingerprint"),
        entity.GetString("DeliveryTargetId"),
        entity.GetString("BatchId"),
        entity.GetDateTimeOffset("DeliveredAt"));

    private static string RowKey(string? fingerprint) =>
        fingerprint is null ? UnversionedRowKey : VersionRowKeyPrefix + TableKey.Escape(fingerprint, nameof(UpsertLedgerEntry.Fingerprint));

    private static string PartitionKey(string submissionId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(submissionId);
        return TableKey.Escape(submissionId, nameof(UpsertLedgerEntry.SubmissionId));
    }
}
