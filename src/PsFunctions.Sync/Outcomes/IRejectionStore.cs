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
}
