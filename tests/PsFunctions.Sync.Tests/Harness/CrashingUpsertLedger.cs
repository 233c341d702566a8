using PsFunctions.Sync.Students;

namespace PsFunctions.Sync.Tests.Harness;

/// <summary>
/// The real upsert ledger with crash points <c>upsertledger.save:&lt;state&gt;</c> (before the save) and
/// <c>upsertledger.save:&lt;state&gt;:done</c> (after it).
/// </summary>
internal sealed class CrashingUpsertLedger(IUpsertLedger inner, CrashPlan crashes) : IUpsertLedger
{
    public Task<UpsertLedgerEntry?> GetAsync(string submissionId, CancellationToken cancellationToken = default) =>
        inner.GetAsync(submissionId, cancellationToken);

    public Task<IReadOnlyList<UpsertLedgerEntry>> GetVersionsAsync(string submissionId, CancellationToken cancellationToken = default) =>
        inner.GetVersionsAsync(submissionId, cancellationToken);

    public async Task SaveAsync(UpsertLedgerEntry entry, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(entry);
        await crashes.WaitIfPausedAsync($"upsertledger.save:{entry.State}");
        crashes.Reach($"upsertledger.save:{entry.State}");
        await inner.SaveAsync(entry, cancellationToken);
        crashes.Reach($"upsertledger.save:{entry.State}:done");
    }
}
