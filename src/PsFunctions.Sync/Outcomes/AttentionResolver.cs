namespace PsFunctions.Sync.Outcomes;

/// <summary>
/// Closes an attention item for a person: <c>ops resolve</c> passes the OS user, a console passes its signed-in name.
/// The note says what was done (the transfer made in PowerSchool, the phone number fixed, nothing to do).
/// </summary>
public sealed class AttentionResolver(IAttentionStore store, TimeProvider time)
{
    /// <summary>True when the item was open and is now resolved by <paramref name="resolvedBy"/>.</summary>
    public Task<bool> ResolveAsync(string id, string note, string resolvedBy, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        ArgumentException.ThrowIfNullOrWhiteSpace(note);
        ArgumentException.ThrowIfNullOrWhiteSpace(resolvedBy);
        return store.ResolveAsync(id.Trim(), new AttentionResolution(time.GetUtcNow(), resolvedBy, note.Trim()), cancellationToken);
    }
}
