namespace PsFunctions.Sync.Students;

/// <summary>
/// What renewing a round's claims right before its POST found. <paramref name="IdentityLost"/>: submissions whose
/// student identity claim another instance took; they are planned again (claim again, look the student up again).
/// <paramref name="SubmissionLost"/>: submissions whose own claim another handling took; it may have applied a later
/// version, so they go back on the queue and are read from the ledger again.
/// </summary>
internal sealed record ClaimRenewal(IReadOnlySet<string> IdentityLost, IReadOnlySet<string> SubmissionLost)
{
    public int Count => IdentityLost.Count + SubmissionLost.Count;

    public bool Contains(string submissionId) => IdentityLost.Contains(submissionId) || SubmissionLost.Contains(submissionId);
}
