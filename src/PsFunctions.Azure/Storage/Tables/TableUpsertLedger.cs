using Azure.Data.Tables;
using PsFunctions.Sync.Students;

namespace PsFunctions.Azure.Storage.Tables;

/// <summary><see cref="IUpsertLedger"/> on the <c>upsertledger</c> table: PartitionKey = submission id, RowKey <c>upsert</c>.</summary>
public sealed class TableUpsertLedger(TableClient table) : IUpsertLedger
{
    private const string RowKey = "upsert";

    private readonly EnsuredTable _table = new(table);

    public async Task<UpsertLedgerEntry?> GetAsync(string submissionId, CancellationToken cancellationToken = default)
    {
        var client = await _table.GetAsync(cancellationToken);
        var response = await client.GetEntityIfExistsAsync<TableEntity>(PartitionKey(submissionId), RowKey, cancellationToken: cancellationToken);
        if (!response.HasValue)
        {
            return null;
        }

        var entity = response.Value!;
        return new UpsertLedgerEntry(
            entity.GetString("SubmissionId"),
            entity.GetString("ClientUid"),
            Enum.Parse<UpsertState>(entity.GetString("State")),
            entity.GetString("Action"),
            entity.GetInt64("Dcid"),
            entity.GetDateTimeOffset("UpdatedAt") ?? default);
    }

    public async Task SaveAsync(UpsertLedgerEntry entry, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(entry);
        ArgumentException.ThrowIfNullOrWhiteSpace(entry.ClientUid, "entry.ClientUid");
        var entity = new TableEntity(PartitionKey(entry.SubmissionId), RowKey)
        {
            ["SubmissionId"] = entry.SubmissionId,
            ["ClientUid"] = entry.ClientUid,
            ["State"] = entry.State.ToString(),
            ["Action"] = entry.Action,
            ["Dcid"] = entry.Dcid,
            ["UpdatedAt"] = entry.UpdatedAt,
        };
        var client = await _table.GetAsync(cancellationToken);
        await client.UpsertEntityAsync(entity, TableUpdateMode.Replace, cancellationToken);
    }

    private static string PartitionKey(string submissionId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(submissionId);
        return TableKey.Escape(submissionId, nameof(UpsertLedgerEntry.SubmissionId));
    }
}
