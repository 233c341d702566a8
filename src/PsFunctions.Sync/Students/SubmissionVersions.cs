namespace PsFunctions.Sync.Students;

/// <summary>
/// The ledger entries of one submission (<see cref="IUpsertLedger.GetVersionsAsync"/>) and the rules that decide what a
/// new delivery of it means (docs/sync-intake.md, "Versions"):
/// <list type="bullet">
/// <item>A batch created after this one delivered other content: this delivery is out of date and skipped (the newest content wins).</item>
/// <item>The same content is Succeeded or Rejected already: skipped (a message or batch delivered again), unless other content
/// was delivered after it (the family went back to what they had: applied again).</item>
/// <item>The same content is Posting: its outcome is unknown, the student is looked up again before any write.</item>
/// <item>New content: applied; when an earlier version (or a legacy entry) Succeeded, its DCID is the student to UPDATE.</item>
/// </list>
/// An unversioned (legacy) entry counts as a delivery older than any batch: legacy Succeeded gives the known DCID, legacy
/// Posting leaves the outcome unknown (the student is looked up again), legacy Rejected is tried again.
/// </summary>
internal sealed class SubmissionVersions(IReadOnlyList<UpsertLedgerEntry> entries)
{
    public IReadOnlyList<UpsertLedgerEntry> Entries { get; } = entries;

    /// <summary>The entry of this content, or null.</summary>
    public UpsertLedgerEntry? Of(string fingerprint) =>
        Entries.FirstOrDefault(entry => string.Equals(entry.Fingerprint, fingerprint, StringComparison.Ordinal));

    /// <summary>The legacy (unversioned) entry, or null.</summary>
    public UpsertLedgerEntry? Unversioned => Entries.FirstOrDefault(entry => entry.IsUnversioned);

    /// <summary>The version delivered last (by its batch's creation time, then by when it was written), or null when none has a batch.</summary>
    public UpsertLedgerEntry? Latest => Entries
        .Where(entry => entry.BatchId is not null)
        .OrderBy(entry => entry.DeliveredAt ?? DateTimeOffset.MinValue).ThenBy(entry => entry.UpdatedAt)
        .LastOrDefault();

    /// <summary>The DCID the most recent Succeeded entry (a version or the legacy entry) wrote to, or null.</summary>
    public long? KnownDcid => Entries
        .Where(entry => entry is { State: UpsertState.Succeeded, Dcid: not null })
        .OrderBy(entry => entry.UpdatedAt)
        .LastOrDefault()?.Dcid;

    public VersionDecision Decide(DeliveredVersion delivery)
    {
        ArgumentNullException.ThrowIfNull(delivery);
        var own = Of(delivery.Fingerprint);
        var others = Entries.Where(entry => !ReferenceEquals(entry, own)).ToList();
        if (others.Any(entry => IsLater(entry.DeliveredAt, delivery.DeliveredAt)))
        {
            return VersionDecision.Skipped(VersionSkip.LaterDeliveryExists);
        }

        var resubmitted = others.Count > 0;
        if (own is { IsDone: true } && !others.Any(entry => !entry.IsUnversioned && IsLater(entry.DeliveredAt, own.DeliveredAt)))
        {
            return VersionDecision.Skipped(VersionSkip.SameContentDone);
        }

        if (own is { State: UpsertState.Posting })
        {
            return new VersionDecision(null, own, KnownDcid, resubmitted);
        }

        // A legacy entry left Posting: its outcome is unknown, so this delivery looks the student up as a retry would.
        var unknown = Unversioned is { State: UpsertState.Posting } legacy && own is null ? legacy : null;
        return new VersionDecision(null, unknown, KnownDcid, resubmitted);
    }

    // Only two known times can be ordered: a batch without a date, or a legacy entry, is never later than another.
    private static bool IsLater(DateTimeOffset? candidate, DateTimeOffset? than) =>
        candidate is { } at && than is { } other && at > other;
}
