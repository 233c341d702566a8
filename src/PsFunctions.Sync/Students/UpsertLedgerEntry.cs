namespace PsFunctions.Sync.Students;

/// <summary>
/// The durable outcome of one version of one submission's upsert: keyed by submission id and the version's content
/// <paramref name="Fingerprint"/> (<see cref="SubmissionFingerprint"/>). <paramref name="ClientUid"/> is the client_uid sent to
/// PowerSchool with the record. <paramref name="Fingerprint"/> is null for an unversioned entry: one written before the ledger
/// knew versions (a legacy entry, see docs/sync-intake.md) or one of a webhook command (a command id names one content).
/// <paramref name="BatchId"/> and <paramref name="DeliveredAt"/> say which Enrollment batch delivered the version and when
/// that batch was created (its <c>date</c>), so a later delivery can be told from an earlier one.
/// </summary>
public sealed record UpsertLedgerEntry(
    string SubmissionId,
    string ClientUid,
    UpsertState State,
    string? Action,
    long? Dcid,
    DateTimeOffset UpdatedAt,
    string? Fingerprint = null,
    string? DeliveryTargetId = null,
    string? BatchId = null,
    DateTimeOffset? DeliveredAt = null)
{
    /// <summary>True for an entry without a content fingerprint (legacy, or a webhook command).</summary>
    public bool IsUnversioned => Fingerprint is null;

    /// <summary>The entry of <paramref name="subject"/>'s version in <paramref name="state"/>, written at <paramref name="at"/> (client_uid = submission id).</summary>
    internal static UpsertLedgerEntry For(UpsertSubject subject, UpsertState state, string? action, long? dcid, DateTimeOffset at) =>
        new(subject.SubmissionId, subject.SubmissionId, state, action, dcid, at,
            subject.Version?.Fingerprint, subject.Version?.DeliveryTargetId, subject.Version?.BatchId, subject.Version?.DeliveredAt);

    /// <summary>Succeeded or Rejected: nothing more to do for this version.</summary>
    public bool IsDone => State is UpsertState.Succeeded or UpsertState.Rejected;
}
