namespace PsFunctions.Sync.Students;

/// <summary>Submission → outcome (and DCID), written before and after each SIS post (Table storage in Azure).</summary>
public interface IUpsertLedger
{
    Task<UpsertLedgerEntry?> GetAsync(string submissionId, CancellationToken cancellationToken = default);

    /// <summary>Inserts or replaces the entry for its submission.</summary>
    Task SaveAsync(UpsertLedgerEntry entry, CancellationToken cancellationToken = default);
}
