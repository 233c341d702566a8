namespace PsFunctions.Sync.Outcomes;

/// <summary>Attention items (Table storage in Azure, beside the rejections and as protected as they are).</summary>
public interface IAttentionStore
{
    /// <summary>Adds <paramref name="item"/> unless an item with its id exists (a retry keeps the first, and its resolution); true when added.</summary>
    Task<bool> AddAsync(AttentionItem item, CancellationToken cancellationToken = default);

    Task<AttentionItem?> GetAsync(string id, CancellationToken cancellationToken = default);

    /// <summary>The items not yet resolved, oldest first.</summary>
    IAsyncEnumerable<AttentionItem> ListOpenAsync(CancellationToken cancellationToken = default);

    /// <summary>Closes the item with <paramref name="resolution"/>; false when there is no such item or it is resolved already.</summary>
    Task<bool> ResolveAsync(string id, AttentionResolution resolution, CancellationToken cancellationToken = default);
}
