using System.Runtime.CompilerServices;
using System.Text.Json;
using Azure;
using Azure.Data.Tables;
using PsFunctions.Sync.Outcomes;

namespace PsFunctions.Azure.Storage.Tables;

/// <summary>
/// <see cref="IDeadLetterStore"/> on the <c>deadletters</c> table: PartitionKey = queue, RowKey = the dead letter's key;
/// the ids as a JSON column, the message text over <see cref="LongTextColumns"/> (a queue message holds up to 48 KiB).
/// Rows have no expiry. Listing the open ones reads the rows whose <c>State</c> is <c>Open</c> (a filtered scan; each
/// waits for a person, so there are few) and orders them oldest first.
/// </summary>
public sealed class TableDeadLetterStore(TableClient table) : IDeadLetterStore
{
    private const string TextColumn = "MessageText";
    private const int ConcurrentWriteAttempts = 3;

    private readonly EnsuredTable _table = new(table);

    public async Task SaveAsync(DeadLetter letter, CancellationToken cancellationToken = default)
    {
        var client = await _table.GetAsync(cancellationToken);
        await client.UpsertEntityAsync(ToEntity(letter), TableUpdateMode.Replace, cancellationToken);
    }

    public async Task<bool> SaveUnlessOpenAsync(DeadLetter letter, CancellationToken cancellationToken = default)
    {
        var client = await _table.GetAsync(cancellationToken);
        var entity = ToEntity(letter);
        for (var attempt = 1; ; attempt++)
        {
            var existing = await client.GetEntityIfExistsAsync<TableEntity>(entity.PartitionKey, entity.RowKey, cancellationToken: cancellationToken);
            if (existing.HasValue && State(existing.Value!) == DeadLetterState.Open)
            {
                return false;
            }

            try
            {
                // Conditional, so a dead letter the dispatcher writes at the same moment is never overwritten.
                if (existing.HasValue)
                {
                    await client.UpdateEntityAsync(entity, existing.Value!.ETag, TableUpdateMode.Replace, cancellationToken);
                }
                else
                {
                    await client.AddEntityAsync(entity, cancellationToken);
                }

                return true;
            }
            catch (RequestFailedException ex) when (ex.Status is 409 or 412 && attempt < ConcurrentWriteAttempts)
            {
                // Written by someone else in between: look again.
            }
        }
    }

    public async Task<DeadLetter?> GetAsync(string queue, string key, CancellationToken cancellationToken = default)
    {
        var client = await _table.GetAsync(cancellationToken);
        var response = await client.GetEntityIfExistsAsync<TableEntity>(PartitionKey(queue), RowKey(key), cancellationToken: cancellationToken);
        return response.HasValue ? ToDeadLetter(response.Value!) : null;
    }

    public async IAsyncEnumerable<DeadLetter> ListOpenAsync(string? queue = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var client = await _table.GetAsync(cancellationToken);
        var filter = queue is null
            ? TableClient.CreateQueryFilter($"State eq {nameof(DeadLetterState.Open)}")
            : TableClient.CreateQueryFilter($"PartitionKey eq {PartitionKey(queue)} and State eq {nameof(DeadLetterState.Open)}");
        var open = new List<DeadLetter>();
        await foreach (var entity in client.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken))
        {
            open.Add(ToDeadLetter(entity));
        }

        foreach (var letter in open.OrderBy(l => l.DeadLetteredAt).ThenBy(l => l.Queue, StringComparer.Ordinal).ThenBy(l => l.Key, StringComparer.Ordinal))
        {
            yield return letter;
        }
    }

    public async Task MarkRequeuedAsync(string queue, string key, DateTimeOffset at, CancellationToken cancellationToken = default)
    {
        var client = await _table.GetAsync(cancellationToken);
        var update = new TableEntity(PartitionKey(queue), RowKey(key))
        {
            ["State"] = nameof(DeadLetterState.Requeued),
            ["RequeuedAt"] = at,
        };
        try
        {
            await client.UpdateEntityAsync(update, ETag.All, TableUpdateMode.Merge, cancellationToken);
        }
        catch (RequestFailedException exception) when (exception.Status == 404)
        {
            // Nothing to mark.
        }
    }

    private static string PartitionKey(string queue)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(queue);
        return TableKey.Escape(queue, nameof(DeadLetter.Queue));
    }

    private static string RowKey(string key)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(key);
        return TableKey.Escape(key, nameof(DeadLetter.Key));
    }

    private static TableEntity ToEntity(DeadLetter letter)
    {
        ArgumentNullException.ThrowIfNull(letter);
        var entity = new TableEntity(PartitionKey(letter.Queue), RowKey(letter.Key))
        {
            ["Queue"] = letter.Queue,
            ["Key"] = letter.Key,
            ["Ids"] = JsonSerializer.Serialize(new Dictionary<string, string>(letter.Ids), TableJsonContext.Default.DictionaryStringString),
            ["Reason"] = letter.Reason,
            ["DeliveryCount"] = letter.DeliveryCount,
            ["DeadLetteredAt"] = letter.DeadLetteredAt,
            ["State"] = letter.State.ToString(),
            ["RequeuedAt"] = letter.RequeuedAt,
        };
        LongTextColumns.Write(entity, TextColumn, letter.MessageText, "DeadLetter.MessageText");
        return entity;
    }

    private static DeadLetterState State(TableEntity entity) =>
        Enum.TryParse<DeadLetterState>(entity.GetString("State"), out var state) ? state : DeadLetterState.Open;

    private static DeadLetter ToDeadLetter(TableEntity entity) => new(
        entity.GetString("Queue"),
        entity.GetString("Key"),
        LongTextColumns.Read(entity, TextColumn),
        JsonSerializer.Deserialize(entity.GetString("Ids") ?? "{}", TableJsonContext.Default.DictionaryStringString) ?? [],
        entity.GetString("Reason") ?? string.Empty,
        entity.GetInt32("DeliveryCount") ?? 0,
        entity.GetDateTimeOffset("DeadLetteredAt") ?? default,
        State(entity),
        entity.GetDateTimeOffset("RequeuedAt"));
}
