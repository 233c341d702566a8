using System.Text.Json;

namespace PsFunctions.Sync.Tests.FlowSupport;

/// <summary>A submission the simulator created: its id, the SIS student it re-enrols (if any), its flaw and document count.</summary>
internal sealed record SimSubmission(string Id, long? ReturningStudentDcid, string? Flaw, int DocumentCount, JsonElement Data);
