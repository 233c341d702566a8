using System.Text.Json;

namespace PsFunctions.Sync.Students;

/// <summary>A submission still to apply: its record, and its ledger entry when an earlier attempt left one (Posting).</summary>
internal sealed record PendingSubmission(UpsertSubject Subject, JsonElement Record, UpsertLedgerEntry? Entry);
