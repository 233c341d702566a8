namespace PsFunctions.Sync.Audit;

/// <summary>
/// The history <c>ops audit &lt;submission id&gt;</c> shows: every audit entry of the submission, and every applied
/// entry of the students it was applied to (other submissions, webhook updates), oldest first. Two cheap reads per
/// student: the submission's own entries, then each student's.
/// </summary>
public sealed class AuditHistory(IAuditStore audit)
{
    public async Task<AuditHistoryView> ReadAsync(string submissionId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(submissionId);
        var entries = new Dictionary<(long?, string), AuditEntry>();
        await foreach (var entry in audit.ListBySubmissionAsync(submissionId, cancellationToken))
        {
            entries[(entry.Dcid, entry.Key)] = entry;
        }

        var dcids = entries.Values.Select(entry => entry.Dcid).OfType<long>().Distinct().Order().ToList();
        foreach (var dcid in dcids)
        {
            await foreach (var entry in audit.ListByStudentAsync(dcid, cancellationToken))
            {
                entries[(entry.Dcid, entry.Key)] = entry;
            }
        }

        var ordered = entries.Values
            .OrderBy(entry => entry.AppliedAt ?? entry.RecordedAt)
            .ThenBy(entry => entry.Key, StringComparer.Ordinal)
            .ToList();
        return new AuditHistoryView(submissionId, dcids, ordered);
    }
}
