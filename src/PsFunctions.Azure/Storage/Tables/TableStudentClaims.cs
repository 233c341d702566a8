using Azure;
using Azure.Data.Tables;
using PsFunctions.Sync.Students;

namespace PsFunctions.Azure.Storage.Tables;

/// <summary>
/// <see cref="IStudentClaims"/> on the <c>studentclaims</c> table: PartitionKey = the claim key's first two
/// characters (claim keys are hex hashes, so partitions spread), RowKey = the claim key; the row holds the
/// owner and when the claim expires. Taking a free key is an insert; taking an expired one and releasing are
/// conditional on the row's ETag, so two owners can never both believe they hold the same key. Renewing writes the
/// row back on its ETag: it holds only while the row is still the owner's. The ETag of every row this process wrote
/// is remembered (<see cref="HeldClaimTags"/>), so a renewal or release is one conditional request; one whose ETag
/// no longer matches reads the row and decides by its owner, as without the memory.
/// </summary>
public sealed class TableStudentClaims(TableClient table) : IStudentClaims
{
    private readonly EnsuredTable _table = new(table);
    private readonly HeldClaimTags _written = new();

    public async Task<bool> TryClaimAsync(
        string claimKey, string owner, DateTimeOffset now, DateTimeOffset expiresAt, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(owner);
        var client = await _table.GetAsync(cancellationToken);
        var entity = new TableEntity(PartitionKey(claimKey), TableKey.Escape(claimKey, nameof(claimKey)))
        {
            ["Owner"] = owner,
            ["ExpiresAt"] = expiresAt,
        };
        try
        {
            var added = await client.AddEntityAsync(entity, cancellationToken);
            _written.Remember(entity.PartitionKey, entity.RowKey, owner, added.Headers.ETag);
            return true;
        }
        catch (RequestFailedException ex) when (ex.Status == 409)
        {
            // Held or left behind: taken over below when it is ours or has expired.
        }

        var current = await client.GetEntityIfExistsAsync<TableEntity>(entity.PartitionKey, entity.RowKey, cancellationToken: cancellationToken);
        if (!current.HasValue)
        {
            // Released between the insert and the read: the next delivery tries again.
            return false;
        }

        var held = current.Value!;
        if (held.GetString("Owner") != owner && (held.GetDateTimeOffset("ExpiresAt") ?? DateTimeOffset.MinValue) > now)
        {
            return false;
        }

        try
        {
            var taken = await client.UpdateEntityAsync(entity, held.ETag, TableUpdateMode.Replace, cancellationToken);
            _written.Remember(entity.PartitionKey, entity.RowKey, owner, taken.Headers.ETag);
            return true;
        }
        catch (RequestFailedException ex) when (ex.Status is 412 or 404)
        {
            return false;
        }
    }

    public async Task<bool> RenewAsync(string claimKey, string owner, DateTimeOffset expiresAt, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(owner);
        var client = await _table.GetAsync(cancellationToken);
        var (partition, row) = (PartitionKey(claimKey), TableKey.Escape(claimKey, nameof(claimKey)));
        if (_written.TryGet(partition, row, owner, out var tag)
            && await TryRenewAsync(client, new TableEntity(partition, row) { ["Owner"] = owner, ["ExpiresAt"] = expiresAt }, tag, owner, cancellationToken) is { } renewed)
        {
            return renewed;
        }

        var current = await client.GetEntityIfExistsAsync<TableEntity>(partition, row, cancellationToken: cancellationToken);
        if (!current.HasValue || current.Value!.GetString("Owner") != owner)
        {
            _written.Forget(partition, row, owner);
            return false;
        }

        // Conditional on the row read: another owner taking it over in between makes this fail, not overwrite it.
        var held = current.Value;
        held["ExpiresAt"] = expiresAt;
        return await TryRenewAsync(client, held, held.ETag, owner, cancellationToken) ?? false;
    }

    public async Task ReleaseAsync(string claimKey, string owner, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(owner);
        var client = await _table.GetAsync(cancellationToken);
        var (partition, row) = (PartitionKey(claimKey), TableKey.Escape(claimKey, nameof(claimKey)));
        var remembered = _written.TryGet(partition, row, owner, out var tag);
        _written.Forget(partition, row, owner);
        if (remembered && await TryDeleteAsync(client, partition, row, tag, cancellationToken))
        {
            return;
        }

        var current = await client.GetEntityIfExistsAsync<TableEntity>(partition, row, cancellationToken: cancellationToken);
        if (current.HasValue && current.Value!.GetString("Owner") == owner)
        {
            await TryDeleteAsync(client, partition, row, current.Value.ETag, cancellationToken);
        }
    }

    // True: renewed on that ETag. False: the row is gone. Null: it changed since (read it to see whose it is).
    private async Task<bool?> TryRenewAsync(TableClient client, TableEntity entity, ETag tag, string owner, CancellationToken cancellationToken)
    {
        try
        {
            var renewed = await client.UpdateEntityAsync(entity, tag, TableUpdateMode.Replace, cancellationToken);
            _written.Remember(entity.PartitionKey, entity.RowKey, owner, renewed.Headers.ETag);
            return true;
        }
        catch (RequestFailedException ex) when (ex.Status is 412 or 404)
        {
            _written.Forget(entity.PartitionKey, entity.RowKey, owner);
            return ex.Status == 404 ? false : null;
        }
    }

    // False when the row changed since that ETag (read it to see whose it is); a row already gone counts as freed.
    private static async Task<bool> TryDeleteAsync(TableClient client, string partition, string row, ETag tag, CancellationToken cancellationToken)
    {
        try
        {
            await client.DeleteEntityAsync(partition, row, tag, cancellationToken);
            return true;
        }
        catch (RequestFailedException ex) when (ex.Status is 412 or 404)
        {
            // 404: already gone, nothing of ours to free. 412: taken over after it expired, or written since.
            return ex.Status == 404;
        }
    }

    private static string PartitionKey(string claimKey)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(claimKey);
        return TableKey.Escape(claimKey.Length > 2 ? claimKey[..2] : claimKey, nameof(claimKey));
    }
}
