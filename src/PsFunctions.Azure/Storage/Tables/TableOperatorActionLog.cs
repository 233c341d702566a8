using System.Globalization;
using System.Runtime.CompilerServices;
using Azure.Data.Tables;
using PsFunctions.Sync.Operators;

namespace PsFunctions.Azure.Storage.Tables;

/// <summary>
/// <see cref="IOperatorActionLog"/> on the <c>consoleactions</c> table: one partition (people act a few times a day),
/// RowKey = ticks before <see cref="DateTimeOffset.MaxValue"/> then a unique suffix, so a query reads newest first.
/// </summary>
public sealed class TableOperatorActionLog(TableClient table) : IOperatorActionLog
{
    private const string Partition = "console";

    private readonly EnsuredTable _table = new(table);

    public async Task RecordAsync(OperatorAction action, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(action);
        var inverted = (DateTimeOffset.MaxValue.UtcTicks - action.At.UtcTicks).ToString("D19", CultureInfo.InvariantCulture);
        var entity = new TableEntity(Partition, $"{inverted}-{Guid.NewGuid():N}")
        {
            [nameof(OperatorAction.At)] = action.At,
            [nameof(OperatorAction.Who)] = action.Who,
            [nameof(OperatorAction.Action)] = action.Action,
            [nameof(OperatorAction.Target)] = action.Target,
            [nameof(OperatorAction.Done)] = action.Done,
            [nameof(OperatorAction.Outcome)] = action.Outcome,
        };
        var client = await _table.GetAsync(cancellationToken);
        await client.AddEntityAsync(entity, cancellationToken);
    }

    public async IAsyncEnumerable<OperatorAction> ListRecentAsync(int count, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(count);
        var client = await _table.GetAsync(cancellationToken);
        var read = 0;
        await foreach (var entity in client.QueryAsync<TableEntity>(row => row.PartitionKey == Partition, maxPerPage: count, cancellationToken: cancellationToken))
        {
            yield return new OperatorAction(
                entity.GetDateTimeOffset(nameof(OperatorAction.At))!.Value, entity.GetString(nameof(OperatorAction.Who)),
                entity.GetString(nameof(OperatorAction.Action)), entity.GetString(nameof(OperatorAction.Target)),
                entity.GetBoolean(nameof(OperatorAction.Done)) ?? false, entity.GetString(nameof(OperatorAction.Outcome)));
            if (++read == count)
            {
                yield break;
            }
        }
    }
}
