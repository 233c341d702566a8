using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using PowerSchool.Client;
using PsFunctions.Sync.Checkpoints;
using PsFunctions.Sync.Hashing;

namespace PsFunctions.Sync.ChangeFeed;

/// <summary>
/// Publishes student.created / updated / removed for SIS students whose tracked fields changed. Each poll is
/// a baseline (first run), a full reconciliation (every <c>FullScanInterval</c>, or when the snapshots were hashed
/// under another key than <see cref="IdentityHashKey"/>'s) or an incremental read of the students PowerSchool's data
/// version reports changed. The checkpoint moves only after the poll's events are published and its snapshots saved,
/// so a poll that fails is simply repeated. A poll the plugin's configuration refuses records the fix as a
/// <see cref="PluginProblem"/> (shown in the status) until a poll succeeds; so does a poll that had to read changed
/// students one by one because the plugin refused the bulk query, until a poll reads in bulk again.
/// </summary>
public sealed class SisChangeFeed(
    ICheckpointStore checkpoints,
    StudentScan scan,
    IdentityHashKey hashKey,
    IOptions<SisChangeFeedOptions> options,
    TimeProvider timeProvider,
    ILogger<SisChangeFeed> logger)
{
    /// <summary>The component a <see cref="PluginProblem"/> of this feed names.</summary>
    public const string Component = PluginProblem.ChangeFeed;

    private readonly SisChangeFeedOptions _options = options.Value;

    public async Task<ChangeFeedResult> PollAsync(CancellationToken cancellationToken = default)
    {
        var startedAt = timeProvider.GetUtcNow();
        var hasher = await hashKey.GetAsync(cancellationToken).ConfigureAwait(false);
        var checkpoint = await ChangeFeedCheckpoint.ReadAsync(checkpoints, cancellationToken).ConfigureAwait(false);
        var mode = ModeFor(checkpoint, startedAt, hasher.KeyId);
        ChangeFeedLog.PollStarting(logger, mode, checkpoint?.DataVersion);

        ChangeFeedResult result;
        try
        {
            result = mode == ChangeFeedMode.Incremental
                ? await scan.IncrementalAsync(checkpoint!.DataVersion, hasher, cancellationToken).ConfigureAwait(false)
                : await scan.FullAsync(quiet: mode == ChangeFeedMode.Baseline && !_options.PublishBaseline, hasher, cancellationToken).ConfigureAwait(false);
        }
        catch (PowerSchoolPluginConfigurationException ex)
        {
            ChangeFeedLog.RefusedByPluginConfiguration(logger, ex.Operation, ex.Fix);
            await PluginProblem.Of(Component, ex, timeProvider.GetUtcNow()).WriteAsync(checkpoints, cancellationToken).ConfigureAwait(false);
            throw;
        }

        var lastFullScan = mode == ChangeFeedMode.Incremental ? checkpoint!.LastFullScanAt : startedAt;
        var next = new ChangeFeedCheckpoint(_options.ApplicationName, result.DataVersion, lastFullScan, timeProvider.GetUtcNow(), hasher.KeyId);
        await next.WriteAsync(checkpoints, cancellationToken).ConfigureAwait(false);
        await RecordBulkReadAsync(result, cancellationToken).ConfigureAwait(false);
        ChangeFeedLog.PollFinished(logger, result.Mode, result.DataVersion, result.StudentsRead, result.Created, result.Updated, result.Removed, result.EventsPublished);
        if (result.Rehashed > 0)
        {
            ChangeFeedLog.SnapshotsRehashed(logger, result.Rehashed, hasher.KeyId);
        }

        return result;
    }

    // A poll that read students one by one because the plugin refused the bulk query succeeded, but the status keeps
    // showing the fix until a poll reads in bulk again.
    private Task RecordBulkReadAsync(ChangeFeedResult result, CancellationToken cancellationToken) => result.BulkReadRefused is { } refused
        ? new PluginProblem(Component, refused.Operation, $"{refused.Fix} (until then each changed student is read with its own GET)", timeProvider.GetUtcNow())
            .WriteAsync(checkpoints, cancellationToken)
        : PluginProblem.ClearAsync(checkpoints, cancellationToken);

    private ChangeFeedMode ModeFor(ChangeFeedCheckpoint? checkpoint, DateTimeOffset now, string keyId)
    {
        if (checkpoint is null)
        {
            return ChangeFeedMode.Baseline;
        }

        // Snapshots hashed under another key (or before keyed hashes) cannot be compared: a full scan rebuilds them all.
        if (!string.Equals(checkpoint.HashKeyId, keyId, StringComparison.Ordinal))
        {
            ChangeFeedLog.HashKeyChanged(logger, checkpoint.HashKeyId ?? "none", keyId);
            return ChangeFeedMode.FullReconciliation;
        }

        // A data version belongs to the application name it was asked under; a renamed application starts over.
        var sameApplication = string.Equals(checkpoint.ApplicationName, _options.ApplicationName, StringComparison.Ordinal);
        return sameApplication && now - checkpoint.LastFullScanAt < _options.FullScanInterval
            ? ChangeFeedMode.Incremental
            : ChangeFeedMode.FullReconciliation;
    }
}
