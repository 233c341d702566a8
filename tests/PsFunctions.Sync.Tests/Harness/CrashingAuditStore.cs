using PsFunctions.Sync.Audit;

namespace PsFunctions.Sync.Tests.Harness;

/// <summary>
/// The real audit store with crash points <c>audit.pending</c>, <c>audit.confirm</c> and <c>audit.discard</c> (before
/// the call) and the same names with <c>:done</c> (after it).
/// </summary>
internal sealed class CrashingAuditStore(IAuditStore inner, CrashPlan crashes) : IAuditStore
{
    public async Task<AuditEntry> AddPendingAsync(AuditEntry entry, CancellationToken cancellationToken = default)
    {
        crashes.Reach("audit.pending");
        var stored = await inner.AddPendingAsync(entry, cancellationToken);
        crashes.Reach("audit.pending:done");
        return stored;
    }

    public Task<AuditEntry?> GetAsync(string submissionId, string key, CancellationToken cancellationToken = default) =>
        inner.GetAsync(submissionId, key, cancellationToken);

    public async Task<AuditEntry> ConfirmAsync(AuditEntry entry, long dcid, DateTimeOffset appliedAt, CancellationToken cancellationToken = default)
    {
        crashes.Reach("audit.confirm");
        var confirmed = await inner.ConfirmAsync(entry, dcid, appliedAt, cancellationToken);
        crashes.Reach("audit.confirm:done");
        return confirmed;
    }

    public async Task DiscardAsync(AuditEntry entry, CancellationToken cancellationToken = default)
    {
        crashes.Reach("audit.discard");
        await inner.DiscardAsync(entry, cancellationToken);
        crashes.Reach("audit.discard:done");
    }

    public IAsyncEnumerable<AuditEntry> ListBySubmissionAsync(string submissionId, CancellationToken cancellationToken = default) =>
        inner.ListBySubmissionAsync(submissionId, cancellationToken);

    public IAsyncEnumerable<AuditEntry> ListByStudentAsync(long dcid, CancellationToken cancellationToken = default) =>
        inner.ListByStudentAsync(dcid, cancellationToken);

    public Task<int> PurgeAsync(DateTimeOffset recordedBefore, CancellationToken cancellationToken = default) =>
        inner.PurgeAsync(recordedBefore, cancellationToken);
}
