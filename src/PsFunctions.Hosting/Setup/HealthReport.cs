namespace PsFunctions.Hosting.Setup;

/// <summary>
/// The anonymous <c>/api/health</c> answer: <see cref="HealthStates"/>, the names of missing settings and secrets, and what
/// needs attention when degraded. Names only: no student data, no values, no counts of records.
/// </summary>
public sealed record HealthReport(string Status, IReadOnlyList<string> Missing, IReadOnlyList<string> Attention);
