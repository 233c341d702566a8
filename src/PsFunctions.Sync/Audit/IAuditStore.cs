namespace PsFunctions.Sync.Audit;

/// <summary>
/// What student writes changed in the SIS, old and new values (Table storage in Azure; protected like rejections).
/// Read two ways, both cheap: every entry of a submission, and every entry of a student (DCID).
/// </summary>
public interface IAuditStore
{
    /// <summary>
    /// Saves <paramref name="entry"/> (<see cref="AuditState.Pending"/>) unless an entry with its key exists; returns
    /// the stored entry: an earlier attempt's is kept as it is (a retry after the POST would see the new values only).
    /// </summary>
    Task<AuditEntry> AddPendingAsync(AuditEntry entry, CancellationToken cancellationToken = default);

    /// <summary>The entry of <paramref name="submissionId"/> with <paramref name="key"/>, or null.</summary>
    Task<AuditEntry?> GetAsync(string submissionId, string key, CancellationToken cancellationToken = default);

    /// <summary>Marks <paramref name="entry"/> applied to student <paramref name="dcid"/> at <paramref name="appliedAt"/>; repeatable.</summary>
    Task<AuditEntry> ConfirmAsync(AuditEntry entry, long dcid, DateTimeOffset appliedAt, CancellationToken cancellationToken = default);

    /// <summary>Deletes the pending entry of a write PowerSchool refused (it changed nothing); an absent entry is fine.</summary>
    Task DiscardAsync(AuditEntry entry, CancellationToken cancellationToken = default);

    /// <summary>Every entry of <paramref name="submissionId"/>, pending ones included.</summary>
    IAsyncEnumerable<AuditEntry> ListBySubmissionAsync(string submissionId, CancellationToken cancellationToken = default);

    /// <summary>Every applied entry of student <paramref name="dcid"/>, from any submission or webhook.</summary>
    IAsyncEnumerable<AuditEntry> ListByStudentAsync(long dcid, CancellationToken cancellationToken = default);

    /// <summary>Deletes the entries recorded before <paramref name="recordedBefore"/>; returns how many rows it deleted.</summary>
    Task<int> PurgeAsync(DateTimeOffset recordedBefore, CancellationToken cancellationToken = default);
}
