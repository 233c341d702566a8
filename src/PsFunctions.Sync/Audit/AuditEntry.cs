namespace PsFunctions.Sync.Audit;

/// <summary>
/// What one applied student write changed in the SIS. <paramref name="Key"/> is deterministic (<see cref="AuditKeys"/>),
/// so the retry of a write finds the entry its first attempt wrote. <paramref name="Dcid"/> is null while a pending
/// INSERT has no student yet. <paramref name="RecordedAt"/> is when the entry was written (before the POST); retention
/// counts from it. <paramref name="Changes"/> holds student values: protected data, never logged.
/// </summary>
public sealed record AuditEntry(
    string Key,
    string SubmissionId,
    AuditSource Source,
    string Action,
    long? Dcid,
    IReadOnlyList<FieldChange> Changes,
    AuditState State,
    DateTimeOffset RecordedAt,
    DateTimeOffset? AppliedAt = null)
{
    /// <summary>The changed fields' paths, in the entry's order (what <c>student.upserted</c> names).</summary>
    public IReadOnlyList<string> ChangedFields => [.. Changes.Select(change => change.Field)];

    /// <summary>Equal when every member is, the changes compared in order (not by list reference).</summary>
    public bool Equals(AuditEntry? other) =>
        other is not null
        && (Key, SubmissionId, Source, Action, Dcid, State, RecordedAt, AppliedAt)
            == (other.Key, other.SubmissionId, other.Source, other.Action, other.Dcid, other.State, other.RecordedAt, other.AppliedAt)
        && Changes.SequenceEqual(other.Changes);

    public override int GetHashCode() => HashCode.Combine(Key, SubmissionId, State, Dcid, Changes.Count);
}
