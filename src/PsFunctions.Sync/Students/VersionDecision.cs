namespace PsFunctions.Sync.Students;

/// <summary>
/// What the ledger says about one delivered version of a submission (<see cref="SubmissionVersions.Decide"/>): skip it
/// (<see cref="Skip"/>, with why), or apply it with the entry an earlier attempt left (<see cref="Entry"/>, Posting: outcome
/// unknown) and the DCID an earlier version was applied to (<see cref="KnownDcid"/>: the new content is an UPDATE of it).
/// <see cref="Resubmitted"/> is true when the submission was delivered before with other content (or before versions were known).
/// </summary>
internal sealed record VersionDecision(VersionSkip? Skip, UpsertLedgerEntry? Entry, long? KnownDcid, bool Resubmitted)
{
    public bool IsOpen => Skip is null;

    public static VersionDecision Skipped(VersionSkip why) => new(why, null, null, false);
}
