using Microsoft.Extensions.Logging;
using PsFunctions.Sync.Batches;
using PsFunctions.Sync.Messaging;

namespace PsFunctions.Sync.Students;

/// <summary>
/// Reads a work message's records from the stored batch (claim check) and leaves out the versions the ledger says
/// need nothing more (<see cref="SubmissionVersions.Decide"/>: the same content already Succeeded or Rejected, or out of
/// date because a later batch delivered other content). Idempotent consumer: a message delivered twice, or the same batch
/// enqueued twice, changes nothing; new content of a known submission is new work.
/// </summary>
internal sealed class PendingSubmissionReader(
    IBatchArchive archive, IUpsertLedger ledger, DeliveryOrder order, ILogger<PendingSubmissionReader> logger)
{
    /// <summary>The message's submission ids whose delivered version is still open.</summary>
    public async Task<IReadOnlyList<string>> ReadUnappliedIdsAsync(StudentUpsertMessage message, CancellationToken cancellationToken)
    {
        var raw = await archive.ReadAsync(message.DeliveryTargetId, message.BatchId, cancellationToken);
        var batch = raw is { } bytes ? StoredBatch.Parse(bytes) : null;
        var open = await ReadOpenAsync(message, batch, cancellationToken);
        return [.. open.Select(item => item.Id)];
    }

    public async Task<PendingSubmissions> ReadAsync(StudentUpsertMessage message, CancellationToken cancellationToken)
    {
        var raw = await archive.ReadAsync(message.DeliveryTargetId, message.BatchId, cancellationToken)
            ?? throw new InvalidOperationException($"Batch {message.BatchId} of delivery target {message.DeliveryTargetId} is not in the batch archive.");
        var batch = StoredBatch.Parse(raw);
        var open = await ReadOpenAsync(message, batch, cancellationToken);
        var total = message.SubmissionIds.Distinct(StringComparer.Ordinal).Count();
        var pending = new List<PendingSubmission>();
        var missing = new List<UpsertSubject>();
        foreach (var (id, record, version, decision) in open)
        {
            if (record is null)
            {
                missing.Add(new UpsertSubject(id, message.DeliveryTargetId, message.BatchId, "{}"));
                continue;
            }

            var subject = new UpsertSubject(id, message.DeliveryTargetId, message.BatchId, record.Record.GetRawText())
            {
                Version = version,
                Resubmitted = decision!.Resubmitted,
            };
            pending.Add(new PendingSubmission(subject, record.Record, decision.Entry) { KnownDcid = decision.KnownDcid });
        }

        return new PendingSubmissions(pending, missing, total - open.Count);
    }

    private async Task<List<(string Id, StoredRecord? Record, DeliveredVersion? Version, VersionDecision? Decision)>> ReadOpenAsync(
        StudentUpsertMessage message, StoredBatch? batch, CancellationToken cancellationToken)
    {
        var records = (batch?.Records ?? []).ToDictionary(record => record.SubmissionId, StringComparer.Ordinal);
        var deliveredAt = batch is null ? null : await order.DeliveredAtAsync(message.DeliveryTargetId, batch, cancellationToken);
        var open = new List<(string, StoredRecord?, DeliveredVersion?, VersionDecision?)>();
        foreach (var id in message.SubmissionIds.Distinct(StringComparer.Ordinal))
        {
            var versions = new SubmissionVersions(await ledger.GetVersionsAsync(id, cancellationToken));
            if (!records.TryGetValue(id, out var record))
            {
                // Not in its batch (or no batch to read): open unless its latest entry is done, as before versions.
                if (versions.Entries.Count == 0 || !versions.Entries[^1].IsDone)
                {
                    open.Add((id, null, null, null));
                }

                continue;
            }

            var version = new DeliveredVersion(SubmissionFingerprint.Of(record.Record), message.DeliveryTargetId, message.BatchId, deliveredAt);
            var decision = versions.Decide(version);
            if (decision.IsOpen)
            {
                open.Add((id, record, version, decision));
                if (decision.Resubmitted && decision.Entry is null)
                {
                    ResubmissionLog.NewContent(logger, id, message.BatchId, decision.KnownDcid);
                }
            }
            else if (decision.Skip == VersionSkip.LaterDeliveryExists)
            {
                ResubmissionLog.OutOfDate(logger, id, message.BatchId);
            }
        }

        return open;
    }
}
