using PsFunctions.Sync.Batches;
using PsFunctions.Sync.Messaging;

namespace PsFunctions.Sync.Students;

/// <summary>
/// Reads a work message's records from the stored batch (claim check) and leaves out the submissions the
/// ledger already shows as Succeeded or Rejected (idempotent consumer: a message delivered twice, or the
/// same batch enqueued twice, changes nothing).
/// </summary>
internal sealed class PendingSubmissionReader(IBatchArchive archive, IUpsertLedger ledger)
{
    /// <summary>The message's submission ids the ledger does not show as Succeeded or Rejected.</summary>
    public async Task<IReadOnlyList<string>> ReadUnappliedIdsAsync(StudentUpsertMessage message, CancellationToken cancellationToken) =>
        [.. (await ReadOpenAsync(message, cancellationToken)).Select(item => item.Id)];

    public async Task<PendingSubmissions> ReadAsync(StudentUpsertMessage message, CancellationToken cancellationToken)
    {
        var open = await ReadOpenAsync(message, cancellationToken);
        var total = message.SubmissionIds.Distinct(StringComparer.Ordinal).Count();
        if (open.Count == 0)
        {
            return new PendingSubmissions([], [], total);
        }

        var raw = await archive.ReadAsync(message.DeliveryTargetId, message.BatchId, cancellationToken)
            ?? throw new InvalidOperationException($"Batch {message.BatchId} of delivery target {message.DeliveryTargetId} is not in the batch archive.");
        var records = StoredBatch.Parse(raw).Records
            .GroupBy(record => record.SubmissionId, StringComparer.Ordinal)
            .ToDictionary(group => group.Key, group => group.First(), StringComparer.Ordinal);
        var pending = new List<PendingSubmission>();
        var missing = new List<UpsertSubject>();
        foreach (var (id, entry) in open)
        {
            if (records.TryGetValue(id, out var record))
            {
                pending.Add(new PendingSubmission(Subject(message, id, record.Record.GetRawText()), record.Record, entry));
            }
            else
            {
                missing.Add(Subject(message, id, "{}"));
            }
        }

        return new PendingSubmissions(pending, missing, total - open.Count);
    }

    private async Task<List<(string Id, UpsertLedgerEntry? Entry)>> ReadOpenAsync(StudentUpsertMessage message, CancellationToken cancellationToken)
    {
        var open = new List<(string Id, UpsertLedgerEntry? Entry)>();
        foreach (var id in message.SubmissionIds.Distinct(StringComparer.Ordinal))
        {
            var entry = await ledger.GetAsync(id, cancellationToken);
            if (entry?.State is not (UpsertState.Succeeded or UpsertState.Rejected))
            {
                open.Add((id, entry));
            }
        }

        return open;
    }

    private static UpsertSubject Subject(StudentUpsertMessage message, string submissionId, string recordJson) =>
        new(submissionId, message.DeliveryTargetId, message.BatchId, recordJson);
}
