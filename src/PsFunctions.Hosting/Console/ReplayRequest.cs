namespace PsFunctions.Hosting.Console;

/// <summary>The body of <c>POST /api/console/api/rejections/replay</c>: the submission id (ids only, never values).</summary>
public sealed record ReplayRequest(string? SubmissionId);
