using System.Text.Json;

namespace PsFunctions.Sync.Students;

/// <summary>
/// A submission still to apply: its record, its ledger entry when an earlier attempt left one (Posting), and the DCID an
/// earlier version of it was applied to (<see cref="KnownDcid"/>: new content of a known submission UPDATEs that student).
/// </summary>
internal sealed record PendingSubmission(UpsertSubject Subject, JsonElement Record, UpsertLedgerEntry? Entry)
{
    public long? KnownDcid { get; init; }
}
