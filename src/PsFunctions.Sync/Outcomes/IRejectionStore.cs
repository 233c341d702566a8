namespace PsFunctions.Sync.Outcomes;

/// <summary>Submissions that could not be applied, with their reasons (Table storage in Azure).</summary>
public interface IRejectionStore
{
    /// <summary>Inserts or replaces the rejection of its submission.</summary>
    Task SaveAsync(Rejection rejection, CancellationToken cancellationToken = default);

    Task<Rejection?> GetAsync(string submissionId, CancellationToken cancellationToken = default);

    /// <summary>Rejections not yet resolved, oldest first.</summary>
    IAsyncEnumerable<Rejection> ListAwaitingAsync(CancellationToken cancellationToken = default);

    Task MarkResolvedAsync(string submissionId, CancellationToken cancellationToken = default);

    /// <summary>
    /// A later delivery of the submission (batch <paramref name="byBatchId"/>) was applied or rejected anew: its open rejection
    /// from another batch is kept as superseded (no longer awaiting, no longer the submission's current rejection). False
    /// when there was none to supersede.
    /// </summary>
    Task<bool> SupersedeAsync(string submissionId, string byBatchId, CancellationToken cancellationToken = default);

    /// <summary>Rejections superseded by a later delivery of their submission, oldest first.</summary>
    IAsyncEnumerable<Rejection> ListSupersededAsync(CancellationToken cancellationToken = default);
}
