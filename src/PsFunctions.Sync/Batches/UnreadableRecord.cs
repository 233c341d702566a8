using System.Text.Json;
using PsFunctions.Sync.Outcomes;

namespace PsFunctions.Sync.Batches;

/// <summary>
/// A delivery record of a stored batch that cannot be worked on: at <paramref name="Index"/> of <c>records</c>,
/// with its id when it has one, the record as sent, and why (the field and the rule it breaks).
/// </summary>
internal sealed record UnreadableRecord(int Index, string? SubmissionId, JsonElement Record, RejectionReason Reason);
