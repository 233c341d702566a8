using System.Text.Json;

namespace PowerSchool.Client.Enrollment;

/// <summary>The answer to <c>POST /submission</c>: the new submission's id when PowerSchool returns one, and the raw answer.</summary>
public sealed record SubmissionCreated(long? Id, JsonElement Raw);
