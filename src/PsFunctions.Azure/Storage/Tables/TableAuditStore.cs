using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text.Json;
using Azure;
using Azure.Data.Tables;
using PsFunctions.Sync.Audit;

namespace PsFunctions.Azure.Storage.Tables;

/// <summary>
/// <see cref="IAuditStore"/> on the <c>audit</c> table, two rows per entry so both reads are one partition query:
/// PartitionKey <c>submission-&lt;submission id&gt;</c> (written pending before the POST, confirmed after it) and
/// PartitionKey <c>student-&lt;dcid&gt;</c> (written when the entry is confirmed), RowKey the entry's key in both.
/// The changes (field, old, new: student data) are a JSON column split over <c>Changes</c>, <c>Changes1</c>, …
/// (<see cref="LongTextColumns"/>). Adding a pending entry is an insert the service refuses (409) when the row
/// exists, so a retry keeps the entry its first attempt wrote. Purging deletes rows by <c>RecordedAt</c>.
/// </summary>
public sealed class TableAuditStore(TableClient table) : IAuditStore
{
    private const string ChangesColumn = "Changes";

    private readonly EnsuredTable _table = new(table);

    public async Task<AuditEntry> AddPendingAsync(AuditEntry entry, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var client = await _table.GetAsync(cancellationToken);
        try
        {
            await client.AddEntityAsync(ToEntity(SubmissionPartition(entry.SubmissionId), entry), cancellationToken);
            return entry;
        }
        catch (RequestFailedException exception) when (exception.Status == 409)
        {
            return await GetAsync(entry.SubmissionId, entry.Key, cancellationToken) ?? entry;
        }
    }

    public async Task<AuditEntry?> GetAsync(string submissionId, string key, CancellationToken cancellationToken = default)
    {
        var client = await _table.GetAsync(cancellationToken);
        var response = await client.GetEntityIfExistsAsync<TableEntity>(SubmissionPartition(submissionId), RowKey(key), cancellationToken: cancellationToken);
        return response.HasValue ? ToEntry(response.Value!) : null;
    }

    public async Task<AuditEntry> ConfirmAsync(AuditEntry entry, long dcid, DateTimeOffset appliedAt, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(entry);
        // Confirming again (a retry after a crash here) keeps the first confirmation's time.
        var confirmed = entry with { Dcid = dcid, State = AuditState.Applied, AppliedAt = entry.AppliedAt ?? appliedAt };
        var client = await _table.GetAsync(cancellationToken);
        // Both rows at once: a crash between them leaves the ledger Posting, and the retry confirms again (same rows, same keys).
        await Task.WhenAll(
            client.UpsertEntityAsync(ToEntity(StudentPartition(dcid), confirmed), TableUpdateMode.Replace, cancellationToken),
            client.UpsertEntityAsync(ToEntity(SubmissionPartition(entry.SubmissionId), confirmed), TableUpdateMode.Replace, cancellationToken));
        return confirmed;
    }

    public async Task DiscardAsync(AuditEntry entry, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var client = await _table.GetAsync(cancellationToken);
        try
        {
            await client.DeleteEntityAsync(SubmissionPartition(entry.SubmissionId), RowKey(entry.Key), ETag.All, cancellationToken);
        }
        catch (RequestFailedException exception) when (exception.Status == 404)
        {
            // Nothing to discard.
        }
    }

    public IAsyncEnumerable<AuditEntry> ListBySubmissionAsync(string submissionId, CancellationToken cancellationToken = default) =>
        ListAsync(SubmissionPartition(submissionId), cancellationToken);

    public IAsyncEnumerable<AuditEntry> ListByStudentAsync(long dcid, CancellationToken cancellationToken = default) =>
        ListAsync(StudentPartition(dcid), cancellationToken);

    public async Task<int> PurgeAsync(DateTimeOffset recordedBefore, CancellationToken cancellationToken = default)
    {
        var client = await _table.GetAsync(cancellationToken);
        return await TableRowPurge.DeleteAsync(client, TableClient.CreateQueryFilter($"RecordedAt lt {recordedBefore}"), cancellationToken);
    }

    private async IAsyncEnumerable<AuditEntry> ListAsync(string partition, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var client = await _table.GetAsync(cancellationToken);
        await foreach (var entity in client.QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"PartitionKey eq {partition}"), cancellationToken: cancellationToken))
        {
            yield return ToEntry(entity);
        }
    }

    private static string SubmissionPartition(string submissionId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(submissionId);
        return "submission-" + TableKey.Escape(submissionId, nameof(AuditEntry.SubmissionId));
    }

    private static string StudentPartition(long dcid) => "student-" + dcid.ToString(CultureInfo.InvariantCulture);

    private static string RowKey(string key)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(key);
        return TableKey.Escape(key, nameof(AuditEntry.Key));
    }

    private static TableEntity ToEntity(string partition, AuditEntry entry)
    {
        var entity = new TableEntity(partition, RowKey(entry.Key))
        {
            ["Key"] = entry.Key,
            ["SubmissionId"] = entry.SubmissionId,
            ["Source"] = entry.Source.ToString(),
            ["Action"] = entry.Action,
            ["Dcid"] = entry.Dcid,
            ["State"] = entry.State.ToString(),
            ["RecordedAt"] = entry.RecordedAt,
            ["AppliedAt"] = entry.AppliedAt,
        };
        LongTextColumns.Write(
            entity, ChangesColumn, JsonSerializer.Serialize(entry.Changes.ToArray(), TableJsonContext.Default.FieldChangeArray), "AuditEntry.Changes");
        return entity;
    }

    private static AuditEntry ToEntry(TableEntity entity) => new(
        entity.GetString("Key"),
        entity.GetString("SubmissionId"),
        Enum.Parse<AuditSource>(entity.GetString("Source") ?? nameof(AuditSource.Batch)),
        entity.GetString("Action"),
        entity.GetInt64("Dcid"),
        JsonSerializer.Deserialize(LongTextColumns.Read(entity, ChangesColumn), TableJsonContext.Default.FieldChangeArray) ?? [],
        Enum.Parse<AuditState>(entity.GetString("State") ?? nameof(AuditState.Pending)),
        entity.GetDateTimeOffset("RecordedAt") ?? default,
        entity.GetDateTimeOffset("AppliedAt"));
}
