using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using PowerSchool.Client;
using PowerSchool.Client.Enrollment;

namespace PsFunctions.Sync.Enrollment;

/// <summary>
/// Takes the next batch from PowerSchool Enrollment (createbatch) and resolves what a lost answer leaves
/// behind: a batch PowerSchool delivered (getbatches lists it) that never reached the ledger is reset
/// (resetbatch) so its records are delivered again; createbatch is then asked once more.
/// </summary>
public sealed class BatchSource(
    IEnrollmentClient enrollment, IBatchLedger ledger, IOptions<EnrollmentIntakeOptions> options, ILogger<BatchSource> logger)
{
    // Clock difference between PowerSchool's batch dates and ours that a search still tolerates.
    private static readonly TimeSpan ClockMargin = TimeSpan.FromMinutes(10);

    /// <summary>The createbatch answer's bytes, unparsed (the caller archives them before reading them).</summary>
    internal async Task<(ReadOnlyMemory<byte> Batch, int ResetBatches)> CreateAsync(
        string deliveryTargetId, DateTimeOffset runStartedAt, CancellationToken cancellationToken)
    {
        try
        {
            return (await enrollment.CreateBatchRawAsync(deliveryTargetId, cancellationToken), 0);
        }
        catch (PowerSchoolOutcomeUnknownException)
        {
            IntakeLog.CreateBatchOutcomeUnknown(logger, deliveryTargetId);
            var reset = await ResetOrphansAsync(deliveryTargetId, runStartedAt, cancellationToken);

            // A second lost answer is thrown: the next run starts with the same search.
            return (await enrollment.CreateBatchRawAsync(deliveryTargetId, cancellationToken), reset);
        }
    }

    /// <summary>
    /// Resets batches delivered since the last recorded run started (a run that crashed between createbatch
    /// and the ledger left them); with no run recorded yet, since <see cref="EnrollmentIntakeOptions.OrphanBatchLookback"/>.
    /// </summary>
    internal Task<int> ResetOrphansSinceAsync(string deliveryTargetId, IntakeRun? lastRun, DateTimeOffset now, CancellationToken cancellationToken) =>
        ResetOrphansAsync(deliveryTargetId, lastRun?.StartedAt ?? now - options.Value.OrphanBatchLookback, cancellationToken);

    /// <summary>
    /// Resets every open batch PowerSchool delivered to the target since <paramref name="since"/> that this
    /// intake never accounted for: not in the ledger, and not the empty batch of a recorded run. Only open
    /// (AutoOpen) batches are listed: resetbatch closes a batch, so a batch is reset at most once.
    /// </summary>
    internal async Task<int> ResetOrphansAsync(string deliveryTargetId, DateTimeOffset since, CancellationToken cancellationToken)
    {
        var from = since - ClockMargin;
        var delivered = await enrollment.GetBatchesAsync(
            deliveryTargetId, DateOnly.FromDateTime(from.UtcDateTime), autoOpenOnly: true, cancellationToken);
        var candidates = delivered.Where(batch => batch.Date is null || batch.Date >= from).ToList();
        if (candidates.Count == 0)
        {
            return 0;
        }

        var emptyBatches = await EmptyBatchIdsSinceAsync(deliveryTargetId, from, cancellationToken);
        var reset = 0;
        foreach (var batch in candidates.Where(batch => !emptyBatches.Contains(batch.Id)))
        {
            if (await ledger.GetAsync(deliveryTargetId, batch.Id, cancellationToken) is not null)
            {
                continue;
            }

            var found = await enrollment.ResetBatchAsync(deliveryTargetId, batch.Id, cancellationToken);
            IntakeLog.OrphanReset(logger, deliveryTargetId, batch.Id, found);
            reset += found ? 1 : 0;
        }

        return reset;
    }

    // Runs that took an empty batch record its id (and nothing else): such a batch holds no records to reset.
    private async Task<HashSet<string>> EmptyBatchIdsSinceAsync(string deliveryTargetId, DateTimeOffset from, CancellationToken cancellationToken)
    {
        var ids = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        await foreach (var run in ledger.ListRunsSinceAsync(deliveryTargetId, from, cancellationToken))
        {
            if (run.RecordCount == 0 && run.BatchId is { } batchId)
            {
                ids.Add(batchId);
            }
        }

        return ids;
    }
}
