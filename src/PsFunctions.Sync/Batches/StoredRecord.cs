using System.Text.Json;

namespace PsFunctions.Sync.Batches;

/// <summary>One delivery record of a stored batch: its submission id and the whole record (<c>id</c>, <c>submitted</c>, <c>data</c>).</summary>
internal sealed record StoredRecord(string SubmissionId, JsonElement Record);
