namespace PsFunctions.Sync.Students;

/// <summary>
/// Submission version → outcome (and DCID), written before and after each SIS post (Table storage in Azure). A submission
/// has one entry per content it was delivered with (<see cref="UpsertLedgerEntry.Fingerprint"/>), plus at most one
/// unversioned entry.
/// </summary>
public interface IUpsertLedger
{
    /// <summary>The submission's most recently written entry (any version), or null when it has none.</summary>
    Task<UpsertLedgerEntry?> GetAsync(string submissionId, CancellationToken cancellationToken = default);

    /// <summary>Every entry of the submission (each version and the unversioned one), oldest written first.</summary>
    Task<IReadOnlyList<UpsertLedgerEntry>> GetVersionsAsync(string submissionId, CancellationToken cancellationToken = default);

    /// <summary>Inserts or replaces the entry of its submission and version.</summary>
    Task SaveAsync(UpsertLedgerEntry entry, CancellationToken cancellationToken = default);
}
