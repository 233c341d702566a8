namespace PsFunctions.Sync.Students;

/// <summary>
/// The durable outcome of one submission's upsert, keyed by submission id. <paramref name="ClientUid"/>
/// is the client_uid sent to PowerSchool with the record.
/// </summary>
public sealed record UpsertLedgerEntry(
    string SubmissionId,
    string ClientUid,
    UpsertState State,
    string? Action,
    long? Dcid,
    DateTimeOffset UpdatedAt);
