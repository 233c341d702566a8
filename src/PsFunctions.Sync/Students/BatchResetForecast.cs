using System.Globalization;
using PsFunctions.Sync.Batches;
using PsFunctions.Sync.Enrollment;

namespace PsFunctions.Sync.Students;

/// <summary>
/// Says, per submission of a stored batch, what will happen when Enrollment delivers it again (after <c>resetbatch</c>):
/// with the same content, and with new content (a correction made in Enrollment). The rules are the ledger's
/// (<see cref="SubmissionVersions"/>); this only reads. Lines carry ids and states, never student data.
/// </summary>
public sealed class BatchResetForecast(IBatchArchive archive, IUpsertLedger ledger, IBatchLedger batches)
{
    /// <summary>One line per submission of the batch, in the batch's order; null when the batch archive does not hold the batch.</summary>
    public async Task<IReadOnlyList<string>?> ForecastAsync(string deliveryTargetId, string batchId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(deliveryTargetId);
        ArgumentException.ThrowIfNullOrWhiteSpace(batchId);
        if (await archive.ReadAsync(deliveryTargetId, batchId, cancellationToken) is not { } raw)
        {
            return null;
        }

        var batch = StoredBatch.Parse(raw);
        var lines = new List<string>(batch.Records.Count);
        var deliveredAt = await new DeliveryOrder(batches).DeliveredAtAsync(deliveryTargetId, batch, cancellationToken);
        foreach (var record in batch.Records)
        {
            var versions = new SubmissionVersions(await ledger.GetVersionsAsync(record.SubmissionId, cancellationToken));
            var delivery = new DeliveredVersion(SubmissionFingerprint.Of(record.Record), deliveryTargetId, batchId, deliveredAt);
            lines.Add($"{record.SubmissionId}: {Describe(versions, delivery)}");
        }

        return lines;
    }

    internal static string Describe(SubmissionVersions versions, DeliveredVersion delivery)
    {
        var own = versions.Of(delivery.Fingerprint) ?? versions.Unversioned;
        var decision = versions.Decide(delivery);
        var now = decision.Skip == VersionSkip.LaterDeliveryExists
            ? $"superseded by later content (batch {versions.Latest?.BatchId ?? "unknown"})"
            : State(own);
        var same = decision switch
        {
            { Skip: not null } => "same content will be skipped",
            { Entry.State: UpsertState.Posting } => "same content will be looked up in the SIS again before any write (outcome unknown)",
            { KnownDcid: { } dcid } => $"same content will UPDATE DCID {Text(dcid)}",
            _ => "same content will be tried again",
        };
        if (own is { State: UpsertState.Rejected } && decision.Skip is not null)
        {
            same += $" (fix the cause, then ops replay {own.SubmissionId})";
        }

        var changed = versions.KnownDcid is { } known
            ? $"new content will UPDATE DCID {Text(known)}"
            : "new content will be matched and applied";
        return $"{now}; {same}; {changed}";
    }

    private static string State(UpsertLedgerEntry? entry) => entry switch
    {
        null => "not applied yet",
        { State: UpsertState.Succeeded, Dcid: { } dcid } => $"applied ({entry.Action ?? "UPSERT"} of DCID {Text(dcid)})",
        { State: UpsertState.Rejected } => "rejected",
        _ => "outcome unknown (Posting)",
    };

    private static string Text(long dcid) => dcid.ToString(CultureInfo.InvariantCulture);
}
