namespace PsFunctions.Hosting.Console;

/// <summary>The body of <c>POST /api/console/api/deadletters/requeue</c>: the work queue whose dead letters go back.</summary>
public sealed record RequeueRequest(string? Queue);
