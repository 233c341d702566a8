namespace PsFunctions.Sync.Outcomes;

/// <summary>
/// Work messages given up, kept with no expiry (Table storage in Azure), unlike the poison queues, whose copies the
/// Functions host gives a time to live of 7 days.
/// </summary>
public interface IDeadLetterStore
{
    /// <summary>Inserts <paramref name="letter"/>, or replaces the dead letter of the same message (an earlier, requeued one opens again).</summary>
    Task SaveAsync(DeadLetter letter, CancellationToken cancellationToken = default);

    /// <summary>
    /// Inserts <paramref name="letter"/> unless the same message's dead letter is open already (the dispatcher recorded
    /// why it failed before the host moved it to poison; that reason is kept). True when it wrote.
    /// </summary>
    Task<bool> SaveUnlessOpenAsync(DeadLetter letter, CancellationToken cancellationToken = default);

    Task<DeadLetter?> GetAsync(string queue, string key, CancellationToken cancellationToken = default);

    /// <summary>The open dead letters of <paramref name="queue"/> (of every queue when null), oldest first.</summary>
    IAsyncEnumerable<DeadLetter> ListOpenAsync(string? queue = null, CancellationToken cancellationToken = default);

    /// <summary>Marks the dead letter requeued at <paramref name="at"/>; an unknown key is left as it is.</summary>
    Task MarkRequeuedAsync(string queue, string key, DateTimeOffset at, CancellationToken cancellationToken = default);
}
