using System.Text.Json;
using PsFunctions.Sync.Checkpoints;

namespace PsFunctions.Sync.ChangeFeed;

/// <summary>
/// Where the change feed is, kept in <see cref="ICheckpointStore"/> under <see cref="Name"/> as one JSON value
/// (so the data version and the time of the last full scan always change together). Written only after the
/// events of a poll are published and its snapshots saved. <see cref="HashKeyId"/> names the hash key the snapshots
/// were made under (<see cref="Hashing.IdentityHasher.KeyId"/>; null in checkpoints from before keyed hashes): a poll
/// under another key reads every student and rebuilds the snapshots.
/// </summary>
public sealed record ChangeFeedCheckpoint(
    string ApplicationName, long DataVersion, DateTimeOffset LastFullScanAt, DateTimeOffset UpdatedAt, string? HashKeyId = null)
{
    /// <summary>The checkpoint's name in the store.</summary>
    public const string Name = "sis-change-feed";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static async Task<ChangeFeedCheckpoint?> ReadAsync(ICheckpointStore store, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(store);
        var text = await store.GetAsync(Name, cancellationToken).ConfigureAwait(false);
        return string.IsNullOrEmpty(text) ? null : JsonSerializer.Deserialize<ChangeFeedCheckpoint>(text, Json);
    }

    public Task WriteAsync(ICheckpointStore store, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(store);
        return store.SetAsync(Name, JsonSerializer.Serialize(this, Json), cancellationToken);
    }
}
