using System.Globalization;
using System.Runtime.CompilerServices;
using Azure;
using Azure.Data.Tables;
using PsFunctions.Sync.ChangeFeed;

namespace PsFunctions.Azure.Storage.Tables;

/// <summary>
/// <see cref="ISnapshotStore"/> on the <c>snapshots</c> table. PartitionKey = DCID / 1000 (16 digits), RowKey =
/// DCID (19 digits), so neighbouring students share a partition and saves go out as entity group transactions
/// of up to <see cref="MaxTransactionSize"/> rows per partition; listing returns DCID order.
/// </summary>
public sealed class TableSnapshotStore(TableClient table) : ISnapshotStore
{
    /// <summary>The service's limit of operations in one entity group transaction.</summary>
    public const int MaxTransactionSize = 100;

    private const int StudentsPerPartition = 1000;

    private readonly EnsuredTable _table = new(table);

    public async Task<StudentSnapshot?> GetAsync(long dcid, CancellationToken cancellationToken = default)
    {
        var client = await _table.GetAsync(cancellationToken);
        var response = await client.GetEntityIfExistsAsync<TableEntity>(PartitionKey(dcid), RowKey(dcid), cancellationToken: cancellationToken);
        return response.HasValue ? ToSnapshot(response.Value!) : null;
    }

    public async IAsyncEnumerable<StudentSnapshot> ListAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var client = await _table.GetAsync(cancellationToken);
        await foreach (var entity in client.QueryAsync<TableEntity>(cancellationToken: cancellationToken))
        {
            yield return ToSnapshot(entity);
        }
    }

    public async Task SaveAsync(IReadOnlyList<StudentSnapshot> snapshots, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(snapshots);
        // One transaction may not touch a row twice: the last snapshot of a DCID wins.
        var latest = snapshots.GroupBy(snapshot => snapshot.Dcid).Select(group => group.Last());
        var actions = latest.Select(snapshot => new TableTransactionAction(TableTransactionActionType.UpsertReplace, ToEntity(snapshot)));
        await SubmitAsync(actions, cancellationToken);
    }

    public async Task DeleteAsync(IReadOnlyList<long> dcids, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dcids);
        var actions = dcids.Distinct().Select(dcid =>
            new TableTransactionAction(TableTransactionActionType.Delete, new TableEntity(PartitionKey(dcid), RowKey(dcid)), ETag.All));
        await SubmitAsync(actions, cancellationToken);
    }

    private async Task SubmitAsync(IEnumerable<TableTransactionAction> actions, CancellationToken cancellationToken)
    {
        var client = await _table.GetAsync(cancellationToken);
        foreach (var partition in actions.GroupBy(action => action.Entity.PartitionKey, StringComparer.Ordinal))
        {
            foreach (var chunk in partition.Chunk(MaxTransactionSize))
            {
                try
                {
                    await client.SubmitTransactionAsync(chunk, cancellationToken);
                }
                catch (TableTransactionFailedException exception) when (exception.Status == 404)
                {
                    // A delete of a row that is already gone fails the whole transaction; delete one by one
                    // (a single delete of a missing row succeeds).
                    await DeleteEachAsync(client, chunk, cancellationToken);
                }
            }
        }
    }

    private static async Task DeleteEachAsync(TableClient client, TableTransactionAction[] chunk, CancellationToken cancellationToken)
    {
        foreach (var action in chunk)
        {
            await client.DeleteEntityAsync(action.Entity.PartitionKey, action.Entity.RowKey, ETag.All, cancellationToken);
        }
    }

    private static string PartitionKey(long dcid)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(dcid);
        return (dcid / StudentsPerPartition).ToString("D16", CultureInfo.InvariantCulture);
    }

    private static string RowKey(long dcid) => dcid.ToString("D19", CultureInfo.InvariantCulture);

    private static TableEntity ToEntity(StudentSnapshot snapshot)
    {
        ArgumentException.ThrowIfNullOrEmpty(snapshot.Hash, "snapshot.Hash");
        return new TableEntity(PartitionKey(snapshot.Dcid), RowKey(snapshot.Dcid))
        {
            ["Hash"] = snapshot.Hash,
            ["SeenAt"] = snapshot.SeenAt,
        };
    }

    private static StudentSnapshot ToSnapshot(TableEntity entity) => new(
        long.Parse(entity.RowKey, CultureInfo.InvariantCulture),
        entity.GetString("Hash"),
        entity.GetDateTimeOffset("SeenAt") ?? default);
}
