using Azure;
using Azure.Data.Tables;
using PsFunctions.Sync.Students;

namespace PsFunctions.Azure.Storage.Tables;

/// <summary>
/// <see cref="IStudentClaims"/> on the <c>studentclaims</c> table: PartitionKey = the claim key's first two
/// characters (claim keys are hex hashes, so partitions spread), RowKey = the claim key; the row holds the
/// owner and when the claim expires. Taking a free key is an insert; taking an expired one and releasing are
/// conditional on the row's ETag, so two owners can never both believe they hold the same key. Renewing reads the
/// row and writes it back on its ETag: it holds only while the row is still the owner's.
/// </summary>
public sealed class TableStudentClaims(TableClient table) : IStudentClaims
{
    private readonly EnsuredTable _table = new(table);

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
            await client.AddEntityAsync(entity, cancellationToken);
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
            await client.UpdateEntityAsync(entity, held.ETag, TableUpdateMode.Replace, cancellationToken);
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
        var current = await client.GetEntityIfExistsAsync<TableEntity>(
            PartitionKey(claimKey), TableKey.Escape(claimKey, nameof(claimKey)), cancellationToken: cancellationToken);
        if (!current.HasValue || current.Value!.GetString("Owner") != owner)
        {
            return false;
        }

        // Conditional on the row read: another owner taking it over in between makes this fail, not overwrite it.
        var held = current.Value;
        held["ExpiresAt"] = expiresAt;
        try
        {
            await client.UpdateEntityAsync(held, held.ETag, TableUpdateMode.Replace, cancellationToken);
            return true;
        }
        catch (RequestFailedException ex) when (ex.Status is 412 or 404)
        {
            return false;
        }
    }

    public async Task ReleaseAsync(string claimKey, string owner, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(owner);
        var client = await _table.GetAsync(cancellationToken);
        var rowKey = TableKey.Escape(claimKey, nameof(claimKey));
        var current = await client.GetEntityIfExistsAsync<TableEntity>(PartitionKey(claimKey), rowKey, cancellationToken: cancellationToken);
        if (!current.HasValue || current.Value!.GetString("Owner") != owner)
        {
            return;
        }

        try
        {
            await client.DeleteEntityAsync(current.Value, current.Value.ETag, cancellationToken);
        }
        catch (RequestFailedException ex) when (ex.Status is 412 or 404)
        {
            // Taken over after it expired, or already gone: nothing of ours to free.
        }
    }

    private static string PartitionKey(string claimKey)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(claimKey);
        return TableKey.Escape(claimKey.Length > 2 ? claimKey[..2] : claimKey, nameof(claimKey));
    }
}
