namespace PsFunctions.Sync.Students;

/// <summary>
/// What one upsert is about: the submission (or webhook command) id that keys the ledger and the rejection
/// store, where it came from, and its record as received (kept with a rejection, never logged).
/// <see cref="Version"/> is the delivered version of a batch record (null for a webhook command, or a record its batch
/// does not hold: the ledger entry is then unversioned); <see cref="Resubmitted"/> says the submission came before with other
/// content, so an earlier open rejection of it is superseded by this outcome.
/// </summary>
internal sealed record UpsertSubject(string SubmissionId, string DeliveryTargetId, string BatchId, string RecordJson)
{
    public DeliveredVersion? Version { get; init; }

    public bool Resubmitted { get; init; }

    /// <summary>
    /// What tells this version's facts (its <c>student.upserted</c> event id, its audit key) from the first version's: the
    /// content fingerprint of a resubmission, null for a first delivery (whose ids stay the submission's alone).
    /// </summary>
    public string? LaterVersion => Resubmitted ? Version?.Fingerprint : null;
}
